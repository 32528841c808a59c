/** Changed fields (headline, deck, bylines, tags, status, notes…), shown above the body. */
import { Mark, Pieces, Said } from './RedlineMarks';
import type { FieldRow } from './redline-model';

export function FieldChanges({ fields }: { fields: FieldRow[] }): React.JSX.Element | null {
  if (fields.length === 0) return null;
  return (
    <section className="redline-fields" aria-label="Changed fields">
      <dl>
        {fields.map(({ field, pieces, reordered }) => (
          <div key={field.field} className={`field-change field-${field.field}`}>
            <dt>{field.label}</dt>
            <dd>
              {reordered !== undefined ? (
                <Mark n={reordered} tag="span" className="fmt" title="order changed">
                  {field.after}
                  <Said> (order changed)</Said>
                </Mark>
              ) : (
                <Pieces pieces={pieces} />
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
