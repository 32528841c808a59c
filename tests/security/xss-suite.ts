/**
 * The vitest half of the XSS check, one file per source format so vitest runs them side by side:
 * each vector becomes a file of that format, is imported, and goes out through every export.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { XSS_VECTORS } from './xss-corpus';
import { exportsFor, runPipeline, type SourceFormat } from './xss-pipeline';

export function describeXssSource(source: SourceFormat): void {
  describe(`XSS corpus imported as .${source}, then every export (${exportsFor(source).join(', ')})`, () => {
    let blocked = 0;
    let refused = 0;
    let exportsChecked = 0;
    afterAll(() => {
      console.log(
        `.${source}: ${blocked}/${XSS_VECTORS.length} vectors blocked (${refused} refused by the importer), ${exportsChecked} exports inspected`,
      );
    });

    it.each(XSS_VECTORS.map((v, i) => [v.name, v, i] as const))('%s', async (_name, vector, index) => {
      const result = await runPipeline(vector, index, source);
      exportsChecked += result.exportsChecked;
      if (result.refused) {
        refused++;
        // A refusal blocks the vector too, but only the NUL byte (read as a binary file) may cause one.
        expect(result.refused, `${vector.name} was refused`).toMatch(/binary file/);
      }
      expect(result.problems, `${vector.name} through .${source}`).toEqual([]);
      blocked++;
    });
  });
}
