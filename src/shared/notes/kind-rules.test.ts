/**
 * The kind decision (update / correction / none) as rules over the SHAPE of an edit, checked on
 * generated articles: each property builds a small story from invented names, places and figures,
 * applies one edit shape to it, and asks the writer for the kind. The shapes, and the kind a
 * newsroom gives each:
 * - a fact token (number, name, date, place, title) replaced in a sentence that keeps its frame → correction;
 * - the same replacement read as a development (a running count that grows, a status that moves on,
 *   a new "as of" figure) → update;
 * - only material added → update;
 * - a claim cut from a paragraph that otherwise stands → correction; furniture cut → none;
 * - spelling, punctuation, case, a doubled word, smart quotes, reordering, a sign-off line → none;
 * - a correction together with new material → correction that also says the update.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { proposeNote } from './propose';
import { articleFromText } from './eval';
import { storyOfLines } from '../../../tests/support/note-stories';
import { apDates } from './ap-dates';

const DATE = '2026-05-12T09:00:00-04:00';
const RUNS = { numRuns: 25 };

const FIRST = ['Marta', 'Idris', 'Lena', 'Tomas', 'Priya', 'Oskar', 'Nadia', 'Felix'];
const LAST = ['Vantongeren', 'Okorafor', 'Lindqvist', 'Ferreira', 'Haldane', 'Mbeki', 'Castellano', 'Ruiz'];
const TOWN = ['Harwick', 'Bellmore', 'Ostrava Falls', 'Carden', 'Millbrook', 'Tarrow', 'Eastfield', 'Quenby'];
const COMPANY = ['Norvale Foods', 'Brightline Energy', 'Kestrel Bank', 'Ardent Motors'];
const WEEKDAY = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTH = ['March', 'April', 'June', 'July', 'October', 'November'];
const TITLE: [string, string][] = [
  ['finance director', 'budget director'],
  ['deputy mayor', 'city manager'],
  ['chief financial officer', 'chief operating officer'],
  ['press secretary', 'chief of staff'],
];

const person = fc.record({ first: fc.constantFrom(...FIRST), last: fc.constantFrom(...LAST) }).map((p) => `${p.first} ${p.last}`);
/** Two different values from one pool. */
const twoOf = <T>(pool: T[]) =>
  fc.tuple(fc.nat(pool.length - 1), fc.nat(pool.length - 2)).map(([a, b]) => [pool[a]!, pool[b >= a ? b + 1 : b]!] as [T, T]);
const twoNumbers = fc.tuple(fc.integer({ min: 12, max: 900 }), fc.integer({ min: 12, max: 900 })).filter(([a, b]) => a !== b);

interface Story {
  town: string;
  company: string;
  speaker: string;
  workers: number;
  day: string;
  month: string;
  monthDay: number;
  title: string;
}
const storyArb: fc.Arbitrary<Story> = fc.record({
  town: fc.constantFrom(...TOWN),
  company: fc.constantFrom(...COMPANY),
  speaker: person,
  workers: fc.integer({ min: 20, max: 900 }),
  day: fc.constantFrom(...WEEKDAY),
  month: fc.constantFrom(...MONTH),
  monthDay: fc.integer({ min: 2, max: 28 }),
  title: fc.constantFrom(...TITLE.map((t) => t[0])),
});

/** A plant-closing story: every paragraph states facts a correction could touch. */
function paragraphs(s: Story): string[] {
  return [
    `${s.company} said on ${s.day} that it would close its packaging plant in ${s.town}, where ${s.workers} people work.`,
    `The plant will shut on ${s.month} ${s.monthDay}, according to a notice filed with the state. Production will move to a newer site.`,
    `"This was a hard decision for all of us," said ${s.speaker}, the company's ${s.title}. Workers were told at a meeting on the factory floor.`,
    `Local officials said they would help those who lose their jobs find new work. The plant opened more than forty years ago.`,
  ];
}

function article(paras: string[]): ReturnType<typeof articleFromText> {
  return storyOfLines(['Plant closing will cost hundreds of jobs', ...paras]);
}
const kindOf = (older: string[], newer: string[]) => proposeNote(article(older), article(newer), { date: DATE });

describe('a fact replaced in a sentence that keeps its frame is a correction', () => {
  it('a number', () => {
    fc.assert(
      fc.property(storyArb, twoNumbers, (s, [wrong, right]) => {
        const note = kindOf(paragraphs({ ...s, workers: wrong }), paragraphs({ ...s, workers: right }));
        expect(note.kind).toBe('correction');
      }),
      RUNS,
    );
  });
  it('a date', () => {
    fc.assert(
      fc.property(storyArb, twoOf(MONTH), (s, [wrong, right]) => {
        const note = kindOf(paragraphs({ ...s, month: wrong }), paragraphs({ ...s, month: right }));
        expect(note.kind).toBe('correction');
      }),
      RUNS,
    );
  });
  it('a place', () => {
    fc.assert(
      fc.property(storyArb, twoOf(TOWN), (s, [wrong, right]) => {
        const note = kindOf(paragraphs({ ...s, town: wrong }), paragraphs({ ...s, town: right }));
        expect(note.kind).toBe('correction');
      }),
      RUNS,
    );
  });
  it('a name', () => {
    fc.assert(
      fc.property(storyArb, twoOf(LAST), (s, [wrong, right]) => {
        const first = s.speaker.split(' ')[0]!;
        const note = kindOf(paragraphs({ ...s, speaker: `${first} ${wrong}` }), paragraphs({ ...s, speaker: `${first} ${right}` }));
        expect(note.kind).toBe('correction');
      }),
      RUNS,
    );
  });
  it('a title', () => {
    fc.assert(
      fc.property(storyArb, fc.constantFrom(...TITLE), (s, [wrong, right]) => {
        const note = kindOf(paragraphs({ ...s, title: wrong }), paragraphs({ ...s, title: right }));
        expect(note.kind).toBe('correction');
        // (A post's field put right is told with both posts, AP style: post-fields.ts.)
        const surname = s.speaker.split(' ').at(-1)!;
        // (Any other post is told with the wrong one beside it: both-titles.ts.)
        const told = [`The correct title is ${right}.`, `${surname} is ${right}, not ${wrong}.`];
        const both = new RegExp(`${surname} is (?:the|an?) ${right}, not (?:the|an?) ${wrong}\\.`);
        expect(told.some((t) => note.text.includes(`misstated ${s.speaker}'s title. ${t}`)) || both.test(note.text)).toBe(true);
        return;
        expect(told.some((t) => note.text.includes(`misstated ${s.speaker}'s title. ${t}`))).toBe(true);
      }),
      RUNS,
    );
  });
  it('the place where something happened, a common noun (in a kitchen → in a garage)', () => {
    fc.assert(
      fc.property(storyArb, twoOf(['kitchen', 'garage', 'basement', 'warehouse', 'stairwell']), (s, [wrong, right]) => {
        const line = (place: string) => `Investigators said a small fire started in a ${place} at the plant on ${s.day}.`;
        const note = kindOf([...paragraphs(s), line(wrong)], [...paragraphs(s), line(right)]);
        expect(note.kind).toBe('correction');
        expect(note.text).toMatch(new RegExp(`${wrong}.*${right}|${right}.*${wrong}`));
      }),
      RUNS,
    );
  });
  it("a post's rank added or taken away (deputy director → director)", () => {
    fc.assert(
      fc.property(
        storyArb,
        fc.constantFrom('deputy', 'acting', 'interim', 'assistant', 'former'),
        fc.constantFrom('director', 'manager', 'secretary'),
        fc.boolean(),
        (s, rank, post, removedRank) => {
          const ranked = `${rank} ${post}`;
          const [wrong, right] = removedRank ? [ranked, post] : [post, ranked];
          const note = kindOf(paragraphs({ ...s, title: wrong }), paragraphs({ ...s, title: right }));
          expect(note.kind).toBe('correction');
          // (Both posts told, the wrong one read from the old line: both-titles.ts.)
          const surname = s.speaker.split(' ').at(-1)!;
          // ("former" put in is told by the right post alone.)
          const not = rank === 'former' && !removedRank ? '' : `, not (?:the|an?) ${wrong}`;
          expect(note.text).toMatch(new RegExp(`misstated ${s.speaker}'s title\\. ${surname} is (?:the|an?) ${right}${not}\\.`));
        },
      ),
      RUNS,
    );
  });
  it('a word of a quoted title (a report, a novel)', () => {
    fc.assert(
      fc.property(
        storyArb,
        twoOf(['Harbor', 'River', 'Valley', 'Winter', 'Summit']),
        fc.constantFrom('report', 'novel', 'memo'),
        (s, [wrong, right], work) => {
          const line = (word: string) => `The ${work}, "The ${word} Years," was written by ${s.speaker}.`;
          const note = kindOf([...paragraphs(s), line(wrong)], [...paragraphs(s), line(right)]);
          expect(note.kind).toBe('correction');
          expect(note.text).toContain(`misstated the title of the ${work}. It is "The ${right} Years," not "The ${wrong} Years."`);
        },
      ),
      RUNS,
    );
  });
  it('a fact replaced while new material is added: a correction that also says the update', () => {
    fc.assert(
      fc.property(storyArb, twoNumbers, person, (s, [wrong, right], union) => {
        const added = `"We will fight to keep these jobs in ${s.town}," said ${union}, who leads the workers' union.`;
        const note = kindOf(paragraphs({ ...s, workers: wrong }), [...paragraphs({ ...s, workers: right }), added]);
        expect(note.kind).toBe('correction');
        expect(note.text).toMatch(/updated|[Aa]dditional|comments/);
      }),
      RUNS,
    );
  });
});

/** A storm story: the figures in it run on as the event goes on. */
function stormParagraphs(town: string, dead: number, outages: number, extra: string[] = []): string[] {
  return [
    `At least ${dead} people have died after a storm tore through ${town} overnight, officials said.`,
    `About ${outages} homes were without power on Tuesday morning, the utility said.`,
    ...extra,
    'Crews were clearing fallen trees from the main roads.',
  ];
}

describe('a claim turned round is a correction, however much else of its sentence was reworded', () => {
  it('"pleaded not guilty" rewritten as "pleaded guilty"', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TOWN), twoOf(WEEKDAY), twoNumbers, (town, [d1, d2], [n1, n2]) => {
        const older = [`A man from ${town} pleaded not guilty on ${d1} to charges that he had stolen more than $${n1},000 from a charity.`];
        const newer = [`The ${town} man pleaded guilty ${d2} to stealing about $${n2},000 from the charity he once ran for his church.`];
        const note = kindOf(older, newer);
        expect(note.kind).toBe('correction');
        expect(note.text).toContain('misstated whether');
      }),
      RUNS,
    );
  });
});

describe('a word swapped for its opposite by prefix is a correction', () => {
  it('armed / unarmed, legal / illegal, partisan / nonpartisan', () => {
    fc.assert(
      fc.property(
        storyArb,
        fc.constantFrom<[string, string]>(['legal', 'illegal'], ['armed', 'unarmed'], ['partisan', 'nonpartisan'], ['honest', 'dishonest']),
        fc.boolean(),
        (s, [plain, prefixed], flip) => {
          const [wrong, right] = flip ? [plain, prefixed] : [prefixed, plain];
          const line = (w: string) => `A state auditor called the sale of the ${s.town} site ${w} on ${s.day}.`;
          expect(kindOf([...paragraphs(s), line(wrong)], [...paragraphs(s), line(right)]).kind).toBe('correction');
        },
      ),
      RUNS,
    );
  });
});

describe('a development of a running story is an update', () => {
  it('a count that grows in a story about an ongoing event, beside new material', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TOWN),
        fc.integer({ min: 2, max: 30 }),
        fc.integer({ min: 1, max: 20 }),
        person,
        (town, dead, more, official) => {
          const added = `Shelters opened at two schools, said ${official}, the county emergency manager.`;
          const note = kindOf(stormParagraphs(town, dead, 4000), stormParagraphs(town, dead + more, 4000, [added]));
          expect(note.kind).toBe('update');
        },
      ),
      RUNS,
    );
  });
  it('a status that moves on: "remains closed" → "reopened"', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TOWN), fc.constantFrom(...WEEKDAY), (town, day) => {
        const older = [...stormParagraphs(town, 3, 4000), `The bridge into ${town} remains closed.`];
        const newer = [...stormParagraphs(town, 3, 4000), `The bridge into ${town} reopened on ${day}.`];
        expect(kindOf(older, newer).kind).toBe('update');
      }),
      RUNS,
    );
  });
  it('a new "as of" figure', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TOWN), twoNumbers, fc.constantFrom(...WEEKDAY), (town, [a, b], day) => {
        const older = [...stormParagraphs(town, 3, 4000), `As of ${day} morning, ${a} people were in shelters.`];
        const newer = [...stormParagraphs(town, 3, 4000), `As of ${day} evening, ${b} people were in shelters.`];
        expect(kindOf(older, newer).kind).toBe('update');
      }),
      RUNS,
    );
  });
});

describe('the story moved on: an update', () => {
  it('what was planned has happened ("will meet" → "met", "is expected to announce" → "announced")', () => {
    fc.assert(
      fc.property(
        storyArb,
        fc.constantFrom<[string, string]>(
          ['will meet', 'met'],
          ['is expected to vote', 'voted'],
          ['is scheduled to hold a hearing', 'held a hearing'],
          ['will decide', 'decided'],
        ),
        (s, [plan, done]) => {
          const line = (verb: string) => `The ${s.town} council ${verb} on ${s.day} about the closing.`;
          const note = kindOf([...paragraphs(s), line(plan)], [...paragraphs(s), line(done)]);
          expect(note.kind).toBe('update');
        },
      ),
      RUNS,
    );
  });
  it('the day an event happened, put right beside new material, stays a correction', () => {
    fc.assert(
      fc.property(storyArb, twoOf(WEEKDAY), person, (s, [wrong, right], analyst) => {
        const line = (day: string) => `The ${s.town} council voted on ${day} to buy the site.`;
        const older = [...paragraphs(s), line(wrong)];
        const newer = [...paragraphs(s), line(right), `${analyst}, an analyst at Kestrel Bank, said the price was fair.`];
        expect(kindOf(older, newer).kind).toBe('correction');
      }),
      RUNS,
    );
  });
  it('a wire lead told on a later day, beside new material', () => {
    fc.assert(
      fc.property(storyArb, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 3 }), person, (s, d, later, analyst) => {
        const older = paragraphs({ ...s, day: WEEKDAY[d]! });
        const newer = [
          ...paragraphs({ ...s, day: WEEKDAY[Math.min(d + later, 4)]! }),
          `${analyst}, an analyst at Kestrel Bank, said the closing had been expected for months.`,
        ];
        fc.pre(Math.min(d + later, 4) > d);
        expect(kindOf(older, newer).kind).toBe('update');
      }),
      RUNS,
    );
  });
});

describe('what was not known is known now: an update, not a claim turned round', () => {
  it('"was not known" / "has not yet said" / "was not immediately clear" answered in the same sentence', () => {
    fc.assert(
      fc.property(
        storyArb,
        fc.constantFrom<[string, string]>(
          ['The cause of the closing was not known.', 'The cause of the closing was falling demand, the company said.'],
          ['The company has not yet said whether it will sell the site.', 'The company has said it will sell the site.'],
          ['It was not immediately clear who would buy the site.', 'It was a rival bakery that would buy the site, officials said.'],
        ),
        (s, [unknown, known]) => {
          expect(kindOf([...paragraphs(s), unknown], [...paragraphs(s), known]).kind).toBe('update');
        },
      ),
      RUNS,
    );
  });
});

describe('a running figure read again later is an update', () => {
  it('a market figure at the close for the one in early trading', () => {
    fc.assert(
      fc.property(storyArb, fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), (s, a, b) => {
        const older = [...paragraphs(s), `Shares of ${s.company} were down ${a}% in early trading on ${s.day}.`];
        const newer = [...paragraphs(s), `Shares of ${s.company} closed down ${b + 10}% on ${s.day}.`];
        expect(kindOf(older, newer).kind).toBe('update');
      }),
      RUNS,
    );
  });
});

describe('a sentence rewritten where it stood is an update', () => {
  it('a new sentence in place of an old one, between lines that stay', () => {
    fc.assert(
      fc.property(storyArb, person, (s, lawyer) => {
        const older = paragraphs(s);
        const newer = older.slice();
        newer[1] = newer[1]!.replace(
          'Production will move to a newer site.',
          `${lawyer}, a lawyer for the workers, said severance talks would start next week. Some workers may be offered jobs elsewhere.`,
        );
        expect(kindOf(older, newer).kind).toBe('update');
      }),
      RUNS,
    );
  });
});

describe('added material alone is an update', () => {
  it('a new paragraph anywhere', () => {
    fc.assert(
      fc.property(storyArb, person, fc.nat(4), (s, official, at) => {
        const older = paragraphs(s);
        const newer = older.slice();
        newer.splice(at, 0, `${official}, a state labor official, said a job fair would be held in ${s.town} next month.`);
        expect(kindOf(older, newer).kind).toBe('update');
      }),
      RUNS,
    );
  });
  it('a clause added to a sentence', () => {
    fc.assert(
      fc.property(storyArb, (s) => {
        const older = paragraphs(s);
        const newer = older.slice();
        newer[3] = newer[3]!.replace('find new work.', 'find new work, including retraining grants worth up to $5,000 a person.');
        expect(kindOf(older, newer).kind).toBe('update');
      }),
      RUNS,
    );
  });
});

describe('a name in the "of" of a post is a name, not the post', () => {
  it('"president of Harwick College" → "president of Tarrow College"', () => {
    fc.assert(
      fc.property(storyArb, twoOf(TOWN), (s, [wrong, right]) => {
        const line = (town: string) => `${s.speaker}, the president of ${town} College, praised the workers.`;
        const note = kindOf([...paragraphs(s), line(wrong)], [...paragraphs(s), line(right)]);
        expect(note.kind).toBe('correction');
        expect(note.text).not.toContain("'s title");
      }),
      RUNS,
    );
  });
});

describe('detail filled in is an update, not a fix', () => {
  it('words that named no one give way to a named person (the sentence reworded around them)', () => {
    fc.assert(
      fc.property(storyArb, person, fc.constantFrom('Plant manager', 'Shift supervisor', 'Union steward'), (s, who, role) => {
        const older = paragraphs(s);
        const newer = older.slice();
        newer[2] = newer[2]!.replace('Workers were told at a meeting on the factory floor.', `${role} ${who} told workers at the meeting.`);
        const note = kindOf(older, newer);
        expect(note.kind).toBe('update');
        expect(note.text).not.toMatch(/not Workers|misidentified|misstated/);
      }),
      RUNS,
    );
  });
});

describe('a sentence split in two while a fact in it is put right', () => {
  it('is the correction of that fact', () => {
    fc.assert(
      fc.property(storyArb, twoOf(MONTH), (s, [wrong, right]) => {
        const older = paragraphs({ ...s, month: wrong }).map((p) => p.replace('state. Production', 'state; production'));
        const note = kindOf(older, paragraphs({ ...s, month: right }));
        expect(note.kind).toBe('correction');
        // (The right fact is in AP style: "Oct. 2", ap-dates.ts.)
        expect(note.text).toContain(apDates(`${right} ${s.monthDay}, not ${wrong} ${s.monthDay}`));
      }),
      RUNS,
    );
  });
});

describe('material removed', () => {
  it('a claim cut from a paragraph that otherwise stands is a correction', () => {
    fc.assert(
      fc.property(storyArb, (s) => {
        const older = paragraphs(s);
        const newer = older.slice();
        newer[1] = newer[1]!.replace(' Production will move to a newer site.', '');
        expect(kindOf(older, newer).kind).toBe('correction');
      }),
      RUNS,
    );
  });
  it('furniture cut (a sign-off, a contributor line, a contact line) is none', () => {
    fc.assert(
      fc.property(storyArb, person, fc.constantFrom(0, 1, 2), (s, reporter, which) => {
        const furniture = [
          `Reporting by ${reporter}; Editing by ${s.speaker}`,
          `${reporter} contributed to this report.`,
          `Contact the writer at ${reporter.split(' ')[0]!.toLowerCase()}@example.com.`,
        ][which]!;
        expect(kindOf([...paragraphs(s), furniture], paragraphs(s)).kind).toBe('none');
      }),
      RUNS,
    );
  });
});

describe('cosmetic edits need no note', () => {
  const cosmetic = (name: string, slip: (p: string[]) => string[]) =>
    it(name, () => {
      fc.assert(
        fc.property(storyArb, (s) => {
          const clean = paragraphs(s);
          expect(kindOf(slip(clean), clean).kind).toBe('none');
        }),
        RUNS,
      );
    });
  cosmetic('a spelling slip', (p) => [p[0]!, p[1]!.replace('according', 'acording'), ...p.slice(2)]);
  cosmetic('a slip in a long word', (p) => [...p.slice(0, 3), p[3]!.replace('officials', 'offcials')]);
  cosmetic('a doubled word', (p) => [...p.slice(0, 3), p[3]!.replace('help those', 'help help those')]);
  cosmetic('punctuation', (p) => [p[0]!.replace(' that it would', ', that it would'), ...p.slice(1)]);
  cosmetic('case', (p) => [...p.slice(0, 3), p[3]!.replace('Local officials', 'Local Officials')]);
  cosmetic('straight quotes for smart ones', (p) => [...p.slice(0, 2), p[2]!.replace(/"([^"]*)"/, '“$1”'), p[3]!]);
  it('a figure written another way (1000 / 1,000, 47% / 47 percent, ten / 10)', () => {
    fc.assert(
      fc.property(
        storyArb,
        fc.integer({ min: 1000, max: 90000 }),
        fc.integer({ min: 2, max: 99 }),
        fc.integer({ min: 2, max: 10 }),
        (s, n, pct, small) => {
          const words = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
          const text = (count: string, share: string, few: string) => [
            ...paragraphs({ ...s, workers: 0 }).map((p) => p.replace(' 0 people', ` ${count} people`)),
            `About ${share} of them live nearby, and ${few} trucks leave the site each hour.`,
          ];
          const older = text(String(n), `${pct}%`, words[small - 2]!);
          const newer = text(n.toLocaleString('en-US'), `${pct} percent`, String(small));
          expect(kindOf(older, newer).kind).toBe('none');
        },
      ),
      RUNS,
    );
  });
  it('points and hyphens (U.S. / US, e-mail / email)', () => {
    fc.assert(
      fc.property(storyArb, (s) => {
        const text = (us: string, email: string) => [...paragraphs(s), `The ${us} Labor Department was told by ${email} on ${s.day}.`];
        expect(kindOf(text('US', 'email'), text('U.S.', 'e-mail')).kind).toBe('none');
      }),
      RUNS,
    );
  });
  it('an abbreviation spelled out (St. / Street, Ave. / Avenue)', () => {
    fc.assert(
      fc.property(
        storyArb,
        fc.constantFrom<[string, string]>(['St.', 'Street'], ['Ave.', 'Avenue'], ['Blvd.', 'Boulevard']),
        (s, [short, long]) => {
          const line = (w: string) => `Production will move to a newer site on Harbor ${w}`;
          const text = (w: string) => paragraphs(s).map((p) => p.replace('Production will move to a newer site.', `${line(w)}.`));
          expect(kindOf(text(short), text(long)).kind).toBe('none');
        },
      ),
      RUNS,
    );
  });
  cosmetic('one sentence split in two', (p) => [p[0]!, p[1]!.replace('state. Production', 'state; production'), ...p.slice(2)]);
  cosmetic('two sentences joined', (p) => [...p.slice(0, 3), p[3]!.replace('new work. The plant', 'new work, and the plant')]);
  cosmetic('paragraphs reordered', (p) => [p[0]!, p[1]!, p[3]!, p[2]!]);
  cosmetic('sentences reordered inside a paragraph', (p) => {
    const [a, b] = p[1]!.split(/(?<=\.) /);
    return [p[0]!, `${b} ${a}`, ...p.slice(2)];
  });
  it('a byline or a time stamp added or changed', () => {
    fc.assert(
      fc.property(storyArb, person, person, fc.integer({ min: 1, max: 11 }), (s, a, b, hour) => {
        fc.pre(a !== b);
        const older = [`By ${a}`, `Published ${hour}:05 a.m. ET`, ...paragraphs(s)];
        const newer = [`By ${a} and ${b}`, `Updated ${hour}:45 p.m. ET`, ...paragraphs(s)];
        expect(kindOf(older, newer).kind).toBe('none');
      }),
      RUNS,
    );
  });
  it('a sign-off line added or changed', () => {
    fc.assert(
      fc.property(storyArb, twoOf(LAST), (s, [a, b]) => {
        const older = [...paragraphs(s), `Reporting by Nell ${a}; Editing by Sam Ortiz`];
        const newer = [...paragraphs(s), `Reporting by Nell ${a} and Dev ${b}; Editing by Sam Ortiz`];
        expect(kindOf(older, newer).kind).toBe('none');
        expect(kindOf(paragraphs(s), newer).kind).toBe('none');
      }),
      RUNS,
    );
  });
});

describe('the order of two events turned round is a correction', () => {
  it('"shortly after" → "weeks before", "after" → "prior to", and back', () => {
    fc.assert(
      fc.property(
        storyArb,
        person,
        fc.constantFrom<[string, string]>(
          ['shortly after', 'several weeks before'],
          ['days after', 'a month prior to'],
          ['soon after', 'just ahead of'],
          ['weeks before', 'two days after'],
          ['prior to', 'following'],
        ),
        fc.boolean(),
        (s, hire, [one, other], flip) => {
          const [wrong, right] = flip ? [other, one] : [one, other];
          const line = (when: string) => `${hire} joined ${s.company} as its ${s.title} ${when} the closing was announced.`;
          const note = kindOf([...paragraphs(s), line(wrong)], [...paragraphs(s), line(right)]);
          expect(note.kind).toBe('correction');
        },
      ),
      RUNS,
    );
  });
  it('a time added without turning the order round stays no correction ("after" → "two weeks after")', () => {
    fc.assert(
      fc.property(storyArb, person, (s, hire) => {
        const line = (when: string) => `${hire} joined ${s.company} as its ${s.title} ${when} the closing was announced.`;
        expect(kindOf([...paragraphs(s), line('after')], [...paragraphs(s), line('soon after')]).kind).not.toBe('correction');
      }),
      RUNS,
    );
  });
});

describe('a second name joined to a credit ("by A" → "by A and B") is a correction', () => {
  it('a work or act credited inside a sentence', () => {
    fc.assert(
      fc.property(
        storyArb,
        twoOf(FIRST),
        twoOf(LAST),
        fc.constantFrom('a mural painted by', 'the song "Harbor Lights" by the late', 'a study led by', 'the plan drawn up by'),
        (s, [a, b], [x, y], credit) => {
          const line = (names: string) => `Workers gathered on ${s.day} beside ${credit} ${names}.`;
          const older = [...paragraphs(s), line(`${a} ${x}`)];
          const newer = [...paragraphs(s), line(`${a} ${x} and ${b} ${y}`)];
          const note = kindOf(older, newer);
          expect(note.kind).toBe('correction');
          expect(note.text).toContain(`${a} ${x} and ${b} ${y}`);
        },
      ),
      RUNS,
    );
  });
});

describe('detail that narrows or fills in a claim is an update, not a slip', () => {
  it('a phrase with nouns of its own inserted ("the risk of injury" → "the risk of injury from falling debris")', () => {
    fc.assert(
      fc.property(
        storyArb,
        fc.constantFrom('from falling machinery', 'among night shift workers', 'during winter storms', 'for older temporary staff'),
        (s, phrase) => {
          const line = (extra: string) => `The state said the risk of injury${extra} at the plant was about one in a thousand a year.`;
          expect(kindOf([...paragraphs(s), line('')], [...paragraphs(s), line(` ${phrase}`)]).kind).toBe('update');
        },
      ),
      RUNS,
    );
  });
  it('an article giving way to whose the thing is ("with a truck" → "with her brother\'s truck")', () => {
    fc.assert(
      fc.property(
        storyArb,
        fc.constantFrom('her brother’s', "his neighbor's", "the mayor's", "their landlord's"),
        fc.constantFrom('truck', 'ladder', 'boat'),
        (s, owner, thing) => {
          const line = (whose: string) => `A worker reached the flooded loading dock on ${s.day} with ${whose} ${thing}.`;
          expect(kindOf([...paragraphs(s), line('a')], [...paragraphs(s), line(owner)]).kind).toBe('update');
        },
      ),
      RUNS,
    );
  });
  it('a possessive put right ("his truck" → "her truck") is not this shape', () => {
    fc.assert(
      fc.property(storyArb, (s) => {
        const line = (whose: string) => `A worker reached the flooded loading dock on ${s.day} with ${whose} truck.`;
        expect(kindOf([...paragraphs(s), line('his')], [...paragraphs(s), line('her')]).kind).not.toBe('update');
      }),
      RUNS,
    );
  });
});

describe('a sentence unchanged word for word is unchanged, wherever the paragraph diff put it', () => {
  it('a paragraph added above two look-alike paragraphs (a live blog) is an update, not a fix of one into the other', () => {
    fc.assert(
      fc.property(storyArb, fc.integer({ min: 5, max: 30 }), (s, days) => {
        const tail = [
          `The ${s.town} council said the workers have ${days} days to appeal the closing.`,
          `The council in ${s.town} says the workers have ${days} days to appeal the closing, and published a notice.`,
        ];
        const added = `Later on ${s.day}, ${s.company} said ${s.workers} workers would be offered places at the newer site.`;
        const older = [...paragraphs(s), ...tail];
        const newer = [paragraphs(s)[0]!, added, ...paragraphs(s).slice(1), ...tail];
        expect(kindOf(older, newer).kind).toBe('update');
      }),
      RUNS,
    );
  });
});

/** The same story under a headline of its own. */
const headed = (headline: string, paras: string[]) => storyOfLines([headline, ...paras]);
const noteOf = (older: ReturnType<typeof headed>, newer: ReturnType<typeof headed>) => proposeNote(older, newer, { date: DATE });

describe('a fact put right in the headline is a correction that names the headline', () => {
  it('a place or a figure replaced while the headline keeps its frame', () => {
    fc.assert(
      fc.property(storyArb, twoOf(TOWN), twoNumbers, fc.boolean(), (s, [wrong, right], [was, now], place) => {
        const head = (town: string, jobs: number) => `${s.company} to close ${town} plant, cutting ${jobs} jobs`;
        const older = head(place ? wrong : s.town, place ? s.workers : was);
        const newer = head(place ? right : s.town, place ? s.workers : now);
        const note = noteOf(headed(older, paragraphs(s)), headed(newer, paragraphs(s)));
        expect(note.kind).toBe('correction');
        expect(note.text).toContain('in the headline');
        expect(note.text).toContain(place ? `It is ${right}, not ${wrong}` : `It is ${now}, not ${was}`);
      }),
      RUNS,
    );
  });
  it('a headline recast in other words is no correction', () => {
    fc.assert(
      fc.property(storyArb, (s) => {
        const older = headed(`${s.company} to close ${s.town} plant`, paragraphs(s));
        const newer = headed(`${s.town} plant will close, ${s.company} says`, paragraphs(s));
        expect(noteOf(older, newer).kind).toBe('none');
      }),
      RUNS,
    );
  });
  it('a count in the headline that moves beside new material is an update', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TOWN), fc.integer({ min: 2, max: 9 }), fc.integer({ min: 1, max: 9 }), (town, dead, more) => {
        const paras = stormParagraphs(town, dead, 4000);
        const older = headed(`Storm kills ${dead} in ${town}`, paras);
        const newer = headed(`Storm kills ${dead + more} in ${town}`, [
          ...paras,
          `Rescuers found ${more} more bodies on Tuesday, the county coroner said.`,
        ]);
        expect(noteOf(older, newer).kind).toBe('update');
      }),
      RUNS,
    );
  });
  it('a fix the body made the same way is told once, by the body', () => {
    fc.assert(
      fc.property(storyArb, twoOf(TOWN), (s, [wrong, right]) => {
        const older = headed(`${s.company} to close ${wrong} plant`, paragraphs({ ...s, town: wrong }));
        const newer = headed(`${s.company} to close ${right} plant`, paragraphs({ ...s, town: right }));
        const note = noteOf(older, newer);
        expect(note.kind).toBe('correction');
        expect(note.text).not.toContain('in the headline');
      }),
      RUNS,
    );
  });
});

describe('what a correction says', () => {
  it('a sentence recast around a changed year names the year both ways', () => {
    fc.assert(
      fc.property(
        storyArb,
        fc.tuple(fc.integer({ min: 1950, max: 1999 }), fc.integer({ min: 1950, max: 1999 })).filter(([a, b]) => a !== b),
        fc.constantFrom<[(y: number) => string, (y: number) => string]>(
          [(y) => `The plant was built in ${y} by the company's founder.`, (y) => `The company's founder built the plant in ${y}.`],
          [(y) => `In ${y}, the plant opened on the edge of town.`, (y) => `The plant opened on the edge of town in ${y}.`],
          [
            (y) => `In ${y}, the new packing plant opened on the eastern edge of town.`,
            (y) => `The new packing plant first opened on the eastern edge of town in ${y}.`,
          ],
        ),
        (s, [wrong, right], [was, now]) => {
          const note = kindOf([...paragraphs(s), was(wrong)], [...paragraphs(s), now(right)]);
          expect(note.kind).toBe('correction');
          expect(note.text).toContain(`It was ${right}, not ${wrong}`);
        },
      ),
      RUNS,
    );
  });
  it('where something is follows its sentence\'s tense ("is based" → "It is in"; "started" → "It was in")', () => {
    fc.assert(
      fc.property(storyArb, twoOf(TOWN), (s, [wrong, right]) => {
        const based = (town: string) => `The company, which is based in ${town}, makes cartons.`;
        const started = (town: string) => `The fire started in ${town} on ${s.day}.`;
        const a = kindOf([...paragraphs(s), based(wrong)], [...paragraphs(s), based(right)]).text;
        expect(a).toContain(`misstated where the company is based. It is in ${right}, not ${wrong}`);
        const b = kindOf([...paragraphs(s), started(wrong)], [...paragraphs(s), started(right)]).text;
        expect(b).toContain(`It was in ${right}, not ${wrong}`);
      }),
      RUNS,
    );
  });
});

describe('a headline that follows the news is no correction', () => {
  it('a place in the headline moving beside new material, or a verb recast with it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TOWN), twoOf(TOWN), (town, [from, to]) => {
        const paras = stormParagraphs(town, 3, 4000);
        const more = [...paras, `By Tuesday evening the storm had crossed into ${to}, the weather service said.`];
        expect(noteOf(headed(`Storm nears ${from}`, paras), headed(`Storm nears ${to}`, more)).kind).toBe('update');
        expect(noteOf(headed(`Storm hits ${from}`, paras), headed(`Storm moves on toward ${to}`, paras)).kind).not.toBe('correction');
      }),
      RUNS,
    );
  });
});

describe('a sum in euros or pounds put right keeps its sign', () => {
  it('names what it costs and both values with the sign', () => {
    fc.assert(
      fc.property(storyArb, fc.constantFrom('€', '£'), twoNumbers, (s, sign, [wrong, right]) => {
        const line = (n: number) => `Each new packing line costs around ${sign}${n},000 to install, ${s.company} said.`;
        const note = kindOf([...paragraphs(s), line(wrong)], [...paragraphs(s), line(right)]);
        expect(note.kind).toBe('correction');
        expect(note.text).toContain(`the cost of each new packing line. It is around ${sign}${right},000, not ${sign}${wrong},000`);
      }),
      RUNS,
    );
  });
});

describe('a word of a quotation respelled is no misquote', () => {
  // "the cost born by" → "the cost borne by", "we could loose" → "we could lose": one letter added or
  // dropped turns a slip into the word the speaker said; the quotation says what it said before.
  const SLIPS: [string, string][] = [
    ['born', 'borne'],
    ['loose', 'lose'],
    ['breath', 'breathe'],
    ['plan', 'plane'],
    ['dinner', 'diner'],
    ['then', 'than'],
  ];
  const quoted = (s: Story, word: string) =>
    `"The burden ${word} by the ${s.town} families was real," said ${s.speaker}, the company's ${s.title}.`;
  it('one letter added, dropped or swapped in a word of a quotation is none', () => {
    fc.assert(
      fc.property(storyArb, fc.constantFrom(...SLIPS), fc.boolean(), (s, [a, b], flip) => {
        const [slip, right] = flip ? [b, a] : [a, b];
        const note = kindOf([...paragraphs(s), quoted(s, slip)], [...paragraphs(s), quoted(s, right)]);
        expect(note.kind).toBe('none');
      }),
      RUNS,
    );
  });
  it('two letters typed in the wrong order, in a quotation or out of it, are none', () => {
    const TYPOS: [string, string][] = [
      ['carried', 'carreid'],
      ['shouldered', 'shoudlered'],
      ['endured', 'enudred'],
    ];
    fc.assert(
      fc.property(storyArb, fc.constantFrom(...TYPOS), fc.boolean(), (s, [right, slip], inQuote) => {
        const line = (word: string) =>
          inQuote ? quoted(s, word) : `The burden ${word} by the ${s.town} families was real, ${s.speaker} said.`;
        const note = kindOf([...paragraphs(s), line(slip)], [...paragraphs(s), line(right)]);
        expect(note.kind).toBe('none');
      }),
      RUNS,
    );
  });
  it('a word typed twice, a figure\'s word too ("one one phone call"), is none when one is taken out', () => {
    fc.assert(
      fc.property(storyArb, fc.constantFrom('one', 'first', 'three', 'the', 'families'), (s, word) => {
        const line = (w: string) => `The ${s.town} council asked for ${w} more vote on the plan, ${s.speaker} said.`;
        const note = kindOf([...paragraphs(s), line(`${word} ${word}`)], [...paragraphs(s), line(word)]);
        expect(note.kind).toBe('none');
      }),
      RUNS,
    );
  });
  it('another word in its place is still a misquote', () => {
    fc.assert(
      fc.property(storyArb, twoOf(['carried', 'shouldered', 'endured', 'felt']), (s, [wrong, right]) => {
        const note = kindOf([...paragraphs(s), quoted(s, wrong)], [...paragraphs(s), quoted(s, right)]);
        expect(note.kind).toBe('correction');
        expect(note.text).toContain('misquoted');
      }),
      RUNS,
    );
  });
});

describe('one or many is a fact, never a spelling slip', () => {
  // "her son" → "her sons", "the man" → "the men": a letter or a vowel apart, like a slip, but the
  // count of people or things changed. Inside a quotation the speaker was misquoted; outside it a
  // fact was put right.
  const NUMBER_PAIRS: [string, string][] = [
    ['son', 'sons'],
    ['truck', 'trucks'],
    ['bus', 'buses'],
    ['ferry', 'ferries'],
    ['wife', 'wives'],
    ['man', 'men'],
    ['woman', 'women'],
    ['child', 'children'],
    ['person', 'people'],
    ['foot', 'feet'],
    ['fireman', 'firemen'],
  ];
  const pairArb = fc.tuple(fc.constantFrom(...NUMBER_PAIRS), fc.boolean()).map(([[a, b], flip]) => (flip ? [b, a] : [a, b]));
  it('a word of a quotation turned singular or plural is a misquote', () => {
    fc.assert(
      fc.property(storyArb, pairArb, (s, [was, now]) => {
        const line = (w: string) => `"We saw the ${w} near the depot in ${s.town}," said ${s.speaker}, the company's ${s.title}.`;
        const note = kindOf([...paragraphs(s), line(was!)], [...paragraphs(s), line(now!)]);
        expect(note.kind).toBe('correction');
        expect(note.text).toContain('misquoted');
      }),
      RUNS,
    );
  });
  it('a verb made to agree with its subject ("as she steer" → "as she steers") stays a slip', () => {
    fc.assert(
      fc.property(storyArb, fc.constantFrom(['steer', 'steers'], ['watch', 'watches'], ['carry', 'carries']), (s, [slip, right]) => {
        const line = (w: string) => `${s.speaker} smiles as she ${w} the van through ${s.town} each morning.`;
        const note = kindOf([...paragraphs(s), line(slip!)], [...paragraphs(s), line(right!)]);
        expect(note.kind).toBe('none');
      }),
      RUNS,
    );
  });
  it('outside a quotation it is a correction', () => {
    fc.assert(
      fc.property(storyArb, pairArb, (s, [was, now]) => {
        const line = (w: string) => `Crews found the ${w} beside the river in ${s.town} on Tuesday, police said.`;
        const note = kindOf([...paragraphs(s), line(was!)], [...paragraphs(s), line(now!)]);
        expect(note.kind).toBe('correction');
      }),
      RUNS,
    );
  });
});

describe('a market figure read at a later clock is the later reading, not a correction', () => {
  // "up 0.8% … by 0815 GMT" → "up 1.1% … by 1245 GMT": the wire restamps a running figure as the
  // session moves; the earlier one was right when it was printed.
  const clockArb = fc.tuple(fc.integer({ min: 6, max: 10 }), fc.integer({ min: 12, max: 17 }), fc.constantFrom('00', '15', '30', '45'));
  const pad = (h: number) => String(h).padStart(2, '0');
  it('the figure and its GMT stamp moved together', () => {
    fc.assert(
      fc.property(storyArb, clockArb, fc.constantFrom('by', 'at'), (s, [early, late, mm], by) => {
        const line = (pct: string, price: string, clock: string) =>
          `Copper futures were up ${pct}% at $9,${price} a tonne ${by} ${clock} GMT, traders in ${s.town} said.`;
        const note = kindOf(
          [...paragraphs(s), line('0.8', '120', `${pad(early)}${mm}`)],
          [...paragraphs(s), line('1.1', '160', `${pad(late)}${mm}`)],
        );
        expect(note.kind).toBe('update');
        expect(note.text).not.toMatch(/misstated|incorrectly/);
      }),
      RUNS,
    );
  });
  it('a clock put right on its own stays a correction', () => {
    fc.assert(
      fc.property(storyArb, clockArb, (s, [early, late, mm]) => {
        const line = (clock: string) => `The cargo flight left ${s.town} at ${clock} GMT with 14 tonnes of copper aboard.`;
        const note = kindOf([...paragraphs(s), line(`${pad(early)}${mm}`)], [...paragraphs(s), line(`${pad(late)}${mm}`)]);
        expect(note.kind).toBe('correction');
      }),
      RUNS,
    );
  });
});

describe('the toll of an event this week that rises is the count so far', () => {
  const tolls = fc.tuple(fc.integer({ min: 2, max: 9 }), fc.integer({ min: 1, max: 6 })).map(([a, more]) => [a, a + more] as const);
  it('an update with a new death toll', () => {
    fc.assert(
      fc.property(storyArb, tolls, fc.constantFrom('killing', 'leaving', 'and'), (s, [was, now], verb) => {
        const dead = (n: number) =>
          verb === 'killing'
            ? `killing at least ${n} people`
            : verb === 'leaving'
              ? `leaving at least ${n} people dead`
              : `at least ${n} people died`;
        // (A toll told as a floor, "at least", runs on; a bare toll swapped alone in its line was put right: value-swapped.ts.)
        const line = (n: number) => `A ferry ran aground off ${s.town} on ${s.day}, ${dead(n)}, the coast guard said.`;
        const note = kindOf([...paragraphs(s), line(was)], [...paragraphs(s), line(now)]);
        expect(note.kind).toBe('update');
        expect(note.text).toContain('death toll');
      }),
      RUNS,
    );
  });
  it('an event dated by its month or year keeps its count as a fact', () => {
    fc.assert(
      fc.property(storyArb, tolls, (s, [was, now]) => {
        const line = (n: number) =>
          `A ferry ran aground off ${s.town} on ${s.day}, ${s.month} ${s.monthDay}, killing ${n} people, the coast guard said.`;
        const note = kindOf([...paragraphs(s), line(was)], [...paragraphs(s), line(now)]);
        expect(note.kind).toBe('correction');
      }),
      RUNS,
    );
  });
});

describe('a vote or a score written with "to" instead of its hyphen is no note', () => {
  const votes = fc.tuple(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 0, max: 5 }));
  it('"voted 7-2" → "voted 7 to 2" either way', () => {
    fc.assert(
      fc.property(storyArb, votes, fc.boolean(), (s, [yes, no], flip) => {
        const [a, b] = [`${yes}-${no}`, `${yes} to ${no}`];
        const line = (v: string) => `The ${s.town} board voted ${v} on ${s.day} to sell the old depot.`;
        const note = kindOf([...paragraphs(s), line(flip ? b : a)], [...paragraphs(s), line(flip ? a : b)]);
        expect(note.kind).toBe('none');
      }),
      RUNS,
    );
  });
  it('another tally is still a correction', () => {
    fc.assert(
      fc.property(storyArb, votes, (s, [yes, no]) => {
        const line = (v: string) => `The ${s.town} board voted ${v} on ${s.day} to sell the old depot.`;
        const note = kindOf([...paragraphs(s), line(`${yes}-${no}`)], [...paragraphs(s), line(`${yes} to ${no + 1}`)]);
        expect(note.kind).toBe('correction');
      }),
      RUNS,
    );
  });
});

describe('a noun phrase put right is a correction that names the phrase', () => {
  const SETTINGS: [string, string][] = [
    ['regional', 'national'],
    ['junior', 'senior'],
    ['summer', 'winter'],
    ['county', 'state'],
  ];
  const HEADS: [string, string][] = [
    ['league', 'festival'],
    ['championship', 'tournament'],
    ['fair', 'exhibition'],
  ];
  const line = (s: Story, modifier: string, head: string) =>
    `${s.company} workers won ${s.workers} medals at the ${modifier} athletics ${head} in ${s.town} last year.`;
  it('words replaced on both sides of a word the two share ("regional athletics league" → "national athletics festival")', () => {
    fc.assert(
      fc.property(storyArb, fc.constantFrom(...SETTINGS), fc.constantFrom(...HEADS), (s, [m1, m2], [h1, h2]) => {
        const note = kindOf([...paragraphs(s), line(s, m1, h1)], [...paragraphs(s), line(s, m2, h2)]);
        expect(note.kind).toBe('correction');
        expect(note.text).toContain(`${m1} athletics ${h1}`);
        expect(note.text).toContain(`${m2} athletics ${h2}`);
      }),
      RUNS,
    );
  });
  it('one word of the phrase replaced names the phrase it belongs to, not the word alone', () => {
    fc.assert(
      fc.property(storyArb, fc.constantFrom(...SETTINGS), fc.constantFrom(...HEADS), (s, [m1, m2], [h]) => {
        const note = kindOf([...paragraphs(s), line(s, m1, h)], [...paragraphs(s), line(s, m2, h)]);
        expect(note.kind).toBe('correction');
        expect(note.text).toContain(`${m2} athletics ${h}`);
        expect(note.text).not.toMatch(new RegExp(`\\b(?:a|an) ${m2} when`));
      }),
      RUNS,
    );
  });
});

describe('a year put right in a past event is a correction, not a new figure', () => {
  const YEARS = fc.tuple(fc.integer({ min: 1700, max: 1990 }), fc.integer({ min: 1, max: 30 }));
  it('"opened in 1781" → "opened in 1794", alone in the revision', () => {
    fc.assert(
      fc.property(storyArb, YEARS, fc.boolean(), (s, [year, step], later) => {
        const line = (y: number) => `The first mill in ${s.town} was built in ${y}, when the valley was still farmland.`;
        const [wrong, right] = later ? [year, year + step] : [year + step, year];
        const note = kindOf([...paragraphs(s), line(wrong)], [...paragraphs(s), line(right)]);
        expect(note.kind).toBe('correction');
        expect(note.text).toContain(String(right));
      }),
      RUNS,
    );
  });
});

describe('a figure written another way is cosmetic', () => {
  const line = (posts: string, sum: string) =>
    `The Alder council approved ${posts} new posts and a budget of ${sum} on Tuesday, Mayor Ines Roe said.`;
  it.each([
    ['twenty-five', '25', '$1.5 million', '$1.5 million'],
    ['25', '25', '$1.5 million', '$1,500,000'],
    ['Forty-two', '42', '$2 billion', '$2,000,000,000'],
  ])('%s / %s and %s / %s', (a, b, c, d) => {
    expect(kindOf(['Budget set', line(a, c)], ['Budget set', line(b, d)]).kind).toBe('none');
  });
  it('a sum that changed in words of scale is still a correction', () => {
    expect(kindOf(['Budget set', line('25', '$1.5 million')], ['Budget set', line('25', '$1,600,000')]).kind).toBe('correction');
  });
});

describe('a post put right beside a titled name', () => {
  it('gives the post that changed, not the title before the name ("associate professor", not "professor")', () => {
    const line = (rank: string) => `Professor Ines Roe, an ${rank} professor of geology at Alder College, won the award.`;
    const note = kindOf(['Geologist honored', line('assistant')], ['Geologist honored', line('associate')]);
    expect(note.kind).toBe('correction');
    expect(note.text).toMatch(/Roe is an associate professor of geology, not an assistant professor\./);
  });
});
