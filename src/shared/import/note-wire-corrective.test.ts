import { describe, expect, it } from 'vitest';
import { readNoteLine } from './frame-lines';
import { parseTextArticle } from './text';

/**
 * A wire's corrective runs under a dateline of its own: "CITY, ST. (AP) — In a story <day> about …,
 * The Associated Press reported erroneously that …", above the corrected story or under it. The
 * examples are our own.
 */
const corrective =
  'SPRINGVALE, Ore. (AP) — In a story March 2 about a bus crash that hurt nine people in Oregon, The Associated Press reported erroneously that the bus left Salem at 6 a.m. It left at 8 a.m.';
const story = ['SPRINGVALE, Ore. (AP) — A bus crashed on Route 9, hurting nine people, the sheriff said.', 'The bus left Salem at 8 a.m.'];

describe('a wire corrective under its own dateline', () => {
  it('is a correction at the top or under the copy, and the dateline is not part of its text', () => {
    for (const underCopy of [false, true]) {
      const note = readNoteLine(corrective, underCopy);
      expect(note?.kind).toBe('correction');
      expect(note?.text.startsWith('In a story March 2')).toBe(true);
    }
    expect(
      readNoteLine('LONDON (Reuters) - In a report on Friday about grain, Reuters misidentified the port. It is Odesa, not Izmail.')?.kind,
    ).toBe('correction');
  });

  it('leaves the corrected story whole when the corrective stands above it', () => {
    const article = parseTextArticle(['Nine hurt in bus crash', corrective, ...story].join('\n\n'));
    expect(article.notes?.map((n) => n.kind)).toEqual(['correction']);
    expect(article.dateline).toBe('SPRINGVALE, Ore. (AP)');
    expect(JSON.stringify(article.body)).toContain('A bus crashed on Route 9');
    expect(JSON.stringify(article.body)).toContain('The bus left Salem at 8 a.m.');
  });

  it('keeps a datelined lead as copy, even one that tells of a story or of an error that is not the wire’s own', () => {
    for (const lead of [
      'WASHINGTON (AP) — A story published Monday by the Senate said the bill was wrong, and lawmakers voted it down.',
      'LONDON (Reuters) - In a story on Tuesday about the ferry levy, the council said it misstated the figures, officials said.',
      'DENVER (AP) — The Associated Press reported Tuesday that the storm had weakened, forecasters said.',
    ]) {
      expect(readNoteLine(lead, true), lead).toBeNull();
      expect(readNoteLine(lead, false), lead).toBeNull();
    }
  });
});
