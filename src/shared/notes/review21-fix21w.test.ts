/**
 * Round 21 (fix21w): what a corrected figure, date or place belongs to. A number that names a time or
 * a place (numbered-names.ts), a figure that measures a comparison (compared-figure.ts), one end of a
 * range told with the range whole (figure-range.ts), a bare count told with the clause it stands in,
 * a sum told as the size of its noun (fact-owner.ts), a "he" or "she" in a lifted clause named
 * (head-pronoun.ts) and a place in a "-based" compound told with its "in" (place-in-modifier.ts).
 * Invented copy only: shapes that must fire and near misses that must not.
 */
import { describe, expect, it } from 'vitest';
import { harborBoardStory, noteForEdit } from '../../../tests/support/note-stories';
import { ownedFact } from './fact-owner';
import { headPronounNamed } from './head-pronoun';

// (The harbor-board frame: one invented paragraph edited inside a story of its own.)
const note = (older: string, newer: string) => noteForEdit(harborBoardStory, older, newer)?.text ?? '';

describe('a number that names a time or a place', () => {
  it('dates a deed by the ordinal minute it stands in', () => {
    expect(
      note(
        'Dana Ortiz of the Harriers scored the winning goal of the match in the 46th minute with a low shot.',
        'Dana Ortiz of the Harriers scored the winning goal of the match in the 64th minute with a low shot.',
      ),
    ).toContain(
      'misstated the minute Dana Ortiz of the Harriers scored the winning goal of the match. It was the 64th minute, not the 46th minute.',
    );
  });
  it('places a deed by a numbered marker after a preposition of place', () => {
    expect(
      note(
        'The trailer came to rest on Mile Marker 141 of Highway 9 after the driver swerved.',
        'The trailer came to rest on Mile Marker 114 of Highway 9 after the driver swerved.',
      ),
    ).toContain('misstated where the trailer came to rest. It was on Mile Marker 114, not Mile Marker 141.');
  });
  it('near miss: a count after a label with no preposition of place is no place', () => {
    expect(
      ownedFact(
        'misstated a figure. It is 16',
        'number',
        '14',
        '16',
        'Crews worked near the site as Unit 16 stood by.',
        'Crews worked near the site as Unit 14 stood by.',
      ),
    ).not.toMatch(/Unit 16, not/);
  });
  it('near miss: an ordinal with no unit of time is no date', () => {
    expect(
      ownedFact(
        'misstated a figure. It is 5th',
        'number',
        '4th',
        '5th',
        'The Harriers finished 5th in the league this season.',
        'The Harriers finished 4th in the league this season.',
      ),
    ).not.toMatch(/^misstated the (?:minute|day|year)/);
  });
});

describe('a figure that measures a comparison', () => {
  it('tells how much higher or larger the subject was than the thing compared', () => {
    expect(
      note(
        'The state grant was said to be 20 percent larger than the county budget for roads.',
        'The state grant was said to be 30 percent larger than the county budget for roads.',
      ),
    ).toContain('misstated how much larger the state grant was than the county budget. It was 30 percent larger, not 20 percent larger.');
  });
  it('near miss: a comparative with no "than" is no comparison', () => {
    expect(
      ownedFact(
        'misstated a figure. It is 30 percent',
        'amount',
        '20 percent',
        '30 percent',
        'The state grant is 30 percent larger this year.',
        'The state grant is 20 percent larger this year.',
      ),
    ).not.toMatch(/how much/);
  });
});

describe('one end of a range is told with the range whole', () => {
  it('gives the range and the size of the noun the sum belongs to', () => {
    expect(
      note(
        'Brightwell said it was starting a savings plan of $40 to $80 million over two years.',
        'Brightwell said it was starting a savings plan of $40 to $60 million over two years.',
      ),
    ).toContain('misstated the size of the savings plan. It is $40 million to $60 million, not $40 million to $80 million.');
  });
  it('near miss: a value after "rose to" is no range', () => {
    expect(
      ownedFact(
        'misstated a figure. It is $6 million',
        'amount',
        '$5 million',
        '$6 million',
        'Sales rose to $6 million last year.',
        'Sales rose to $5 million last year.',
      ),
    ).not.toMatch(/ to \$6 million, not/);
  });
});

describe('a bare count is told with the clause it stands in', () => {
  it('tells what a counted subject did', () => {
    expect(
      note(
        'About 310 families, or 1,420 residents, left their homes in Carrow on Friday night.',
        'About 310 families, or 1,240 residents, left their homes in Carrow on Friday night.',
      ),
    ).toContain(
      'misstated the number of residents who left their homes in Carrow on Friday night. The correct number is 1,240, not 1,420.',
    );
  });
  it('tells who counted an object, with the noun phrase after it', () => {
    expect(
      ownedFact(
        'misstated the number of tickets. The correct number is 900',
        'number',
        '700',
        '900',
        'The festival sold 900 tickets in a single weekend sale to local families.',
        'The festival sold 700 tickets in a single weekend sale to local families.',
      ),
    ).toBe('misstated the number of tickets the festival sold in a single weekend sale. The correct number is 900, not 700');
  });
  it("near miss: a count whose nearest verb is not its clause's is left alone", () => {
    expect(
      ownedFact(
        'misstated the number of cats. The correct number is three',
        'number',
        'four',
        'three',
        'When the crews arrived, they found three cats inside the barn.',
        'When the crews arrived, they found four cats inside the barn.',
      ),
    ).toBe('misstated the number of cats. The correct number is three, not four');
  });
});

describe('a span of time its subject has in a field', () => {
  it("tells the years as the subject's, even under a relative clause cut on its auxiliary", () => {
    const newer = 'The board picked Lena Marsh, who has 18 years in nursing, as its new chair.';
    expect(
      ownedFact('misstated the number of years who has. The correct number is 18', 'number', '12', '18', newer, newer.replace('18', '12')),
    ).toBe('misstated the number of years Lena Marsh has in nursing. The correct number is 18, not 12');
  });
  it('near miss: years a deed took are not a span held', () => {
    const newer = 'The bridge, which needed 18 years of planning, opened on Monday.';
    expect(
      ownedFact('misstated the number of years. The correct number is 18', 'number', '12', '18', newer, newer.replace('18', '12')),
    ).not.toMatch(/ has in /);
  });
});

describe('a "he" or "she" opening a lifted clause is named', () => {
  const story = 'Mayor Dana Whitfield opened the new library in March. She was elected in 2019 after two terms on the council.';
  it('names the one person in reach', () => {
    expect(
      headPronounNamed(
        'misstated the year she was elected. It was 2019, not 2017',
        'She was elected in 2019 after two terms on the council.',
        story,
      ),
    ).toBe('misstated the year Whitfield was elected. It was 2019, not 2017');
  });
  it('near miss: two people in reach leave the pronoun as it is', () => {
    const two = 'Mayor Dana Whitfield and council member Rosa Kemp opened the new library in March. She was elected in 2019.';
    expect(headPronounNamed('misstated the year she was elected. It was 2019, not 2017', 'She was elected in 2019.', two)).toBe(
      'misstated the year she was elected. It was 2019, not 2017',
    );
  });
});

describe('a place in a "-based" compound', () => {
  it('keeps the place\'s "in" in the right fact', () => {
    expect(
      note('Dunmore-based Orchard Lane Group will open a second store.', 'Fairview-based Orchard Lane Group will open a second store.'),
    ).toContain('misstated where Orchard Lane Group is based. It is in Fairview, not Dunmore.');
  });
});
