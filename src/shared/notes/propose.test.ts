import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { proposeNote } from './propose';
import { inventedInNote } from './eval';
import { storyOfLines } from '../../../tests/support/note-stories';
import { formatNoteLabel, joinList } from './style';

const DATE = '2026-11-06T17:36:00+09:00';

function article(...paragraphs: string[]) {
  return storyOfLines(['Ferry line suspends service after engine fire', ...paragraphs]);
}

const BASE = [
  'Ferry service between Port Allen and Gull Island was suspended on Monday after a fire broke out in the engine room of the Island Star.',
  'The 140 passengers on board were brought back to Port Allen on a second ferry, Capt. Rhea Monroe said.',
  'The Coast Guard is investigating the cause of the fire.',
];

describe('corrections', () => {
  it('says which name was misspelled, and which part of it', () => {
    const older = article(BASE[0]!, BASE[1]!.replace('Rhea', 'Rea'), BASE[2]!);
    const note = proposeNote(older, article(...BASE), { date: DATE });
    expect(note.kind).toBe('correction');
    expect(note.text).toBe('An earlier version of this article misspelled the first name of Rhea Monroe.');
    expect(note.changes.find((c) => c.type === 'corrected')).toMatchObject({ before: 'Rea', after: 'Rhea' });
  });

  it('says which number was wrong and gives the right one', () => {
    const older = article(BASE[0]!, BASE[1]!.replace('140', '104'), BASE[2]!);
    const note = proposeNote(older, article(...BASE), { date: DATE });
    expect(note.kind).toBe('correction');
    expect(note.text).toBe('An earlier version of this article misstated the number of passengers. The correct number is 140, not 104.');
  });

  it('says which date was wrong and gives the right one', () => {
    const newer = article('The hearing on the ferry fire is set for March 21, the Coast Guard said.', ...BASE.slice(1));
    const older = article('The hearing on the ferry fire is set for March 14, the Coast Guard said.', ...BASE.slice(1));
    const note = proposeNote(older, newer, { date: '2026-03-04T10:00:00Z' });
    expect(note.note).toMatch(/^Correction, March 4: An earlier version of this article misstated the date /);
    expect(note.text).toContain('It is March 21, not March 14.');
  });

  it('says which year was wrong', () => {
    const older = article('The Island Star entered service in 1978.', ...BASE);
    const newer = article('The Island Star entered service in 1987.', ...BASE);
    expect(proposeNote(older, newer, { date: DATE }).text).toBe(
      'An earlier version of this article misstated the year the Island Star entered service. It was 1987, not 1978.',
    );
  });

  it('says whether a fact that flipped (did / did not) was misstated, the positive way', () => {
    const note = proposeNote(
      article('The council did not approve the ferry contract on Tuesday.'),
      article('The council approved the ferry contract on Tuesday.'),
      { date: DATE },
    );
    expect(note.text).toBe('An earlier version of this article misstated whether the council approved the ferry contract on Tuesday.');
  });

  it('names the right person when the wrong one was named, by their whole title ("City Engineer"), without repeating the wrong name', () => {
    const note = proposeNote(
      article('City Engineer Tom Reyes said the pier is safe.'),
      article('City Engineer Ana Lopez said the pier is safe.'),
      { date: DATE },
    );
    expect(note.text).toBe('An earlier version of this article misidentified the city engineer, who is Ana Lopez.');
    expect(note.text).not.toContain('Reyes');
  });

  it('tells the day someone spoke from the date of an event', () => {
    const older = article('Capt. Rhea Monroe said Tuesday that the Island Star would return in May.');
    const newer = article('Capt. Rhea Monroe said Wednesday that the Island Star would return in May.');
    expect(proposeNote(older, newer, { date: DATE }).text).toBe(
      'An earlier version of this article misstated the day Monroe spoke. It was Wednesday, not Tuesday.',
    );
  });

  it('labels an update that also fixes a fact a correction', () => {
    const older = article(BASE[0]!, BASE[1]!.replace('140', '104'), BASE[2]!);
    const newer = article(...BASE, '"We will be back on the water by Wednesday," said Dana Holt, a spokesperson for the ferry line.');
    const note = proposeNote(older, newer, { date: DATE });
    expect(note.kind).toBe('correction');
    expect(note.text).toMatch(/; it has also been updated with comments from Dana Holt\.$/);
  });
});

describe('updates', () => {
  it('credits an institution that "they" refers to, with the sentence that introduces it', () => {
    const newer = article(...BASE, 'The Gull Island Ferry Authority met on Tuesday night. They said a replacement boat would be leased.');
    const note = proposeNote(article(...BASE), newer, { date: DATE });
    expect(note.text).toBe('Comments from the Gull Island Ferry Authority that a replacement boat would be leased.');
  });

  // Round 20: the only line added is told by its whole main clause (lone-development.ts), not as "details on".
  it('tells the one unattributed line added by its whole main clause', () => {
    const newer = article(...BASE, 'Dozens of commuters waited on the island pier for news overnight.');
    expect(proposeNote(article(...BASE), newer, { date: DATE }).text).toBe(
      'The news that dozens of commuters waited on the island pier for news overnight.',
    );
  });

  it('tells an unattributed event as the news, in a clause', () => {
    const newer = article(...BASE, 'More than 300 commuters were stranded on the island overnight.');
    expect(proposeNote(article(...BASE), newer, { date: DATE }).text).toBe(
      'The news that more than 300 commuters were stranded on the island overnight.',
    );
  });
});

describe('cosmetic edits', () => {
  it('proposes no note for punctuation, quote marks, spacing and word order', () => {
    const older = article(
      'Ferry service between Port Allen and Gull Island was suspended on Monday after a fire broke out in the engine room of the Island Star.',
      '"We are sorry," the captain said.',
      'On Tuesday the Coast Guard opened an investigation.',
    );
    const newer = article(
      'Ferry service between Port Allen and Gull Island was suspended  on Monday after a fire broke out in the engine-room of the Island Star.',
      '“We are sorry,” the captain said.',
      'The Coast Guard opened an investigation on Tuesday.',
    );
    const note = proposeNote(older, newer, { date: DATE });
    expect(note).toMatchObject({ kind: 'none', note: '', text: '' });
    expect(note.changes.every((c) => c.type === 'cosmetic')).toBe(true);
    expect(note.changes.length).toBeGreaterThan(0);
  });

  it('reads a news verb spelled right ("reopend" → "reopened") as a slip, not as a development', () => {
    const older = article('The Harbor Inn officially reopend this week after a $20-million renovation.', 'Guests returned Monday.');
    const newer = article('The Harbor Inn officially reopened this week after a $20-million renovation.', 'Guests returned Monday.');
    expect(proposeNote(older, newer, { date: DATE })).toMatchObject({ kind: 'none', note: '' });
    // The same verb arriving as news still is: "is closed" → "reopened".
    const closed = article('The Harbor Inn is closed for a $20-million renovation.', 'Guests returned Monday.');
    expect(proposeNote(closed, newer, { date: DATE }).kind).toBe('update');
  });
});

describe("the seed-shaped update: a politician, an institution's anonymous official, a journalist's video", () => {
  const older = storyOfLines([
    'Finland reports GPS jamming over Gulf of Bothnia, urges airlines to be alert',
    'Finnish Foreign Minister Elina Sorsa said on Tuesday that GPS signals over the Gulf of Bothnia had been jammed for a third straight day, calling it "a hazard to every aircraft in the region."',
    "Sorsa's remarks were the government's first public comment on the disruptions.",
    'Pilots on at least 40 flights reported losing satellite navigation, the Finnish Transport Agency said.',
  ]);
  const newer = storyOfLines([
    'Finland reports GPS jamming over Gulf of Bothnia, urges airlines to be alert',
    'Finnish Foreign Minister Elina Sorsa said on Tuesday that GPS signals over the Gulf of Bothnia had been jammed for a third straight day, calling it "a hazard to every aircraft in the region."',
    "Sorsa's remarks were the government's first public comment on the disruptions.",
    'Sorsa later told parliament that Finland would raise the jamming with its Nordic neighbors, adding that "silence would only invite more of it."',
    'Pilots on at least 40 flights reported losing satellite navigation, the Finnish Transport Agency said.',
    'According to an official from the Finnish Transport Agency who spoke on condition of anonymity, the interference appeared to come from ships in international waters. He said no flights had been diverted.',
    'Meanwhile, Finnish journalist Juho Lahti posted what he says is a video of a cockpit display losing its position on his YouTube channel.',
    'In the video, the aircraft symbol can be seen jumping across the map several times in a minute.',
  ]);

  it('names all three sources, each the way the article names them', () => {
    const note = proposeNote(older, newer, { date: '2026-11-06T18:00:00+02:00' });
    expect(note.kind).toBe('update');
    expect(note.note.startsWith('Update, Nov. 6: ')).toBe(true);
    expect(note.note).toContain('Sorsa');
    expect(note.note).toContain('Finnish Transport Agency');
    expect(note.note).toContain('Lahti');
    expect(note.note).not.toContain('Elina');
    expect(note.note).toContain('YouTube video posted by Lahti');
    const credited = note.changes.flatMap((c) => c.sources);
    expect(new Set(credited)).toEqual(new Set(['Sorsa', 'Finnish Transport Agency', 'Lahti']));
  });
});

describe('AP dates and house style', () => {
  it('writes AP dates in the label', () => {
    expect(formatNoteLabel('update', '2024-11-06T17:36:00+09:00')).toBe('Update, Nov. 6:');
    expect(formatNoteLabel('correction', '2026-09-12T08:00:00Z')).toBe('Correction, Sept. 12:');
    expect(formatNoteLabel('update', '2026-06-03T08:00:00Z')).toBe('Update, June 3:');
    expect(formatNoteLabel('update', '2026-03-04T08:00:00Z')).toBe('Update, March 4:');
  });

  it('reads the wall clock of the update, not the machine time zone', () => {
    // 00:30 in Seoul on Nov. 7 is still Nov. 6 in UTC; the newsroom's own clock wins.
    expect(formatNoteLabel('update', '2024-11-07T00:30:00+09:00')).toBe('Update, Nov. 7:');
  });

  it('follows the house labels, date style and templates', () => {
    expect(formatNoteLabel('update', '2026-11-06T10:00:00Z', { dateStyle: 'long' })).toBe('Update, November 6, 2026:');
    expect(
      formatNoteLabel('correction', '2026-11-06T10:00:00Z', {
        dateStyle: 'iso',
        labels: { update: 'Updated', correction: 'Corrected' },
        labelTemplate: '{label} {date} —',
      }),
    ).toBe('Corrected 2026-11-06 —');
    const older = article(...BASE);
    const newer = article(
      ...BASE,
      '"We will be back by Wednesday," said Dana Holt, a spokesperson for the ferry line.',
      'Sam Ortiz, a deckhand, said the crew put the fire out in minutes.',
    );
    const note = proposeNote(older, newer, {
      date: DATE,
      style: { templates: { comments: 'new comments by {sources}' }, serialComma: true, listAnd: '&' },
    });
    expect(note.text).toBe('New comments by Holt & Ortiz.');
  });

  it('joins lists the AP way unless the house wants the serial comma', () => {
    expect(joinList(['Rutte', 'Tamm', 'Okafor'], { listAnd: 'and', serialComma: false })).toBe('Rutte, Tamm and Okafor');
    expect(joinList(['Rutte', 'Tamm', 'Okafor'], { listAnd: 'and', serialComma: true })).toBe('Rutte, Tamm, and Okafor');
  });
});

describe('never invent', () => {
  const NAMES = ['Zorvath', 'Quillon', 'Bexley', 'Marisol Tane', 'Okonkwo', 'Viktor Hale', 'Port Allen Authority'];
  const VERBS = ['said', 'told reporters', 'explained', 'wrote'];
  const sentence = fc
    .tuple(fc.constantFrom(...NAMES), fc.constantFrom(...VERBS), fc.integer({ min: 1, max: 9999 }), fc.boolean())
    .map(([name, verb, n, quote]) =>
      quote ? `"We counted ${n} boats," ${name} ${verb}.` : `${name} ${verb} that ${n} passengers were on board.`,
    );
  const edit = fc.oneof(
    fc.record({ op: fc.constant('insert' as const), at: fc.nat(6), text: sentence }),
    fc.record({ op: fc.constant('delete' as const), at: fc.nat(6) }),
    fc.record({ op: fc.constant('number' as const), at: fc.nat(6), n: fc.integer({ min: 1, max: 9999 }) }),
    fc.record({ op: fc.constant('rename' as const), at: fc.nat(6), name: fc.constantFrom(...NAMES) }),
  );

  it('every capitalized word of the note stands in the new article (the wrong value after ", not", and the wrong claim, in the old one)', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), fc.array(edit, { minLength: 1, maxLength: 5 }), (extra, edits) => {
        const before = [...BASE, ...extra];
        const after = before.slice();
        for (const e of edits) {
          const at = e.at % Math.max(1, after.length);
          if (e.op === 'insert') after.splice(at, 0, e.text);
          else if (e.op === 'delete' && after.length > 1) after.splice(at, 1);
          else if (e.op === 'number' && after[at]) after[at] = after[at]!.replace(/\d+/, String(e.n));
          else if (e.op === 'rename' && after[at]) after[at] = after[at]!.replace(/\b(?:Zorvath|Quillon|Bexley|Okonkwo)\b/, e.name);
        }
        const newer = article(...after);
        const note = proposeNote(article(...before), newer, { date: DATE });
        const newText = ['Ferry line suspends service after engine fire', ...after].join('\n');
        // "It is Bexley, not Quillon": what the old version wrongly said is quoted from the old
        // version; so is a claim after "reported that" (and the right fact after it), from either.
        const oldText = ['Ferry line suspends service after engine fire', ...before].join('\n');
        expect(inventedInNote(note.text, oldText, newText)).toEqual([]);
        for (const change of note.changes) {
          if (change.type === 'added' || change.type === 'corrected') for (const s of change.sources) expect(newText).toContain(s);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the change list names what the redline shows', () => {
  it('a headline rewritten with no fact put right is listed, with no note', () => {
    const older = article(...BASE);
    const newer = { ...older, headline: 'Island Star fire halts Gull Island ferry' };
    const proposal = proposeNote(older, newer, { date: DATE });
    expect(proposal.kind).toBe('none');
    expect(proposal.changes).toContainEqual(
      expect.objectContaining({ type: 'cosmetic', description: 'headline rewritten', after: 'Island Star fire halts Gull Island ferry' }),
    );
  });

  it('a headline rewritten to carry the news the body added is listed with the update, not as cosmetic', () => {
    const older = article(...BASE);
    const newer = {
      ...article(...BASE, 'Two crew members were treated for smoke inhalation at Port Allen General Hospital, the operator said.'),
      headline: 'Two crew treated for smoke after ferry engine fire',
    };
    const proposal = proposeNote(older, newer, { date: DATE });
    expect(proposal.kind).toBe('update');
    expect(proposal.changes).toContainEqual(expect.objectContaining({ type: 'added', description: 'headline rewritten with the news' }));
    expect(proposal.changes.some((c) => c.type === 'cosmetic' && c.description === 'headline rewritten')).toBe(false);
  });
});
