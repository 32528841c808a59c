import { describe, expect, it } from 'vitest';
import { blocksToBody } from '../article/blocks';
import { fixtureArticle } from './fixtures/article';
import { escapeMarkdown, exportMarkdown } from './markdown';

describe('Markdown export', () => {
  const md = exportMarkdown(fixtureArticle, { provider: 'Copydesk' });

  it('writes headline, deck, byline, stamps, body and notes', () => {
    expect(md.startsWith(`# ${fixtureArticle.headline}\n\n_The 9.4-kilometer line`)).toBe(true);
    expect(md).toContain('By [ANNA WÓJCIK](<mailto:anna.wojcik@example.com>) and [DAVID OKAFOR](<mailto:david.okafor@example.com>)');
    expect(md).toContain('Published: 04 March 2025, 09:15');
    expect(md).toContain('since **2019**.');
    expect(md).toContain('_late 2028_');
    expect(md).toContain('[transport department’s plan](<https://example.org/lodz/tram-plan>)');
    expect(md).toContain('\n## What the vote decides\n');
    expect(md).toContain('\n> “People have waited');
    expect(md).toContain('\n- a signed grant from the national rail fund\n- an environmental review');
    expect(md).toContain('**Update, March 5:** Adds comment');
    expect(md).toContain('**Correction, March 5:** An earlier version');
  });

  it('escapes Markdown in the words and drops unsafe links to text', () => {
    expect(escapeMarkdown('*not bold* [x](y) # no')).toBe('\\*not bold\\* \\[x\\](y) # no');
    const body = blocksToBody([{ id: 'b1', type: 'paragraph', runs: [{ text: 'click', format: 0, link: 'javascript:alert(1)' }] }]);
    const out = exportMarkdown({ ...fixtureArticle, body }, { provider: 'Copydesk' });
    expect(out).toContain('\nclick\n');
    expect(out).not.toContain('javascript:');
  });
});
