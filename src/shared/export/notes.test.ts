import { describe, expect, it } from 'vitest';
import { fixtureArticle } from './fixtures/article';
import { exportHtml } from './html';
import { exportMarkdown } from './markdown';
import { exportNinjs } from './ninjs';
import { exportNitf } from './nitf';
import { exportText } from './txt';
import { exportNewsml } from './newsml';

const houseStyle = { labels: { update: "Editor's note", correction: 'Clarification' }, dateStyle: 'long' as const };
const options = { provider: 'Copydesk', noteStyle: houseStyle };

describe('every text export prints notes through formatNote, in the house style asked for', () => {
  const exports = {
    txt: exportText(fixtureArticle, options),
    md: exportMarkdown(fixtureArticle, options),
    html: exportHtml(fixtureArticle, options),
    nitf: exportNitf(fixtureArticle, options),
    ninjs: exportNinjs(fixtureArticle, options),
    newsml: exportNewsml(fixtureArticle, options),
  };
  for (const [format, out] of Object.entries(exports)) {
    it(`${format}: the house labels and long dates, never the AP default`, () => {
      expect(out).toContain('March 5, 2025');
      expect(out).not.toMatch(/Update, March 5|Correction, March 5/);
      expect(out).toMatch(/Editor(?:'|&apos;|&#39;|’)s note|Clarification/);
    });
  }

  it('prints the wire and UK forms the same way in every format', () => {
    const wire = exportText(fixtureArticle, { provider: 'Copydesk', noteStyle: { form: 'wire' } });
    expect(wire).toContain('(Adds comment from the airport’s operator and the estimate cited by Żurek)');
    expect(wire).toMatch(/\(Corrects /);
    const uk = exportMarkdown(fixtureArticle, { provider: 'Copydesk', noteStyle: { form: 'uk' } });
    expect(uk).toContain('This article was amended on 5 March 2025');
  });
});
