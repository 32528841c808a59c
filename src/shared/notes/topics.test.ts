import { describe, expect, it } from 'vitest';
import { addressesReader, nounPhrases, pickTopics, recurrence, salientTopics } from './topics';
import { isCleanTopic } from './describe';
import { firstGrammatical, proposeNote, updateFallbacks } from './propose';
import { DEFAULT_HOUSE_STYLE } from './style';
import { storyOfLines } from '../../../tests/support/note-stories';

const article = (...paragraphs: string[]) => storyOfLines(['Harbor ferry line hit by outage', ...paragraphs]);
const OLD = 'The Gull Harbor ferry line stopped its boats on Monday after its booking system failed.';

describe('noun phrases from the tagger', () => {
  it('keeps modifiers, a list of names and "of/like" complements, never a clause', () => {
    const phrases = nounPhrases(
      'Three independent reviews of the harbor breach found that ticket sites like Tidewell, Portly and Seabook were exposed.',
    ).map((p) => p.text);
    expect(phrases).toContain('Three independent reviews of the harbor breach');
    expect(phrases).toContain('ticket sites like Tidewell, Portly and Seabook');
    expect(phrases.every((p) => !/\b(?:found|were|that)\b/.test(p))).toBe(true);
  });

  it('reads "results show Dana Voss …" as a verb between two phrases, not one noun phrase', () => {
    const phrases = nounPhrases('Partial returns show Dana Voss taking the lead in the race for Ward 3.').map((p) => p.text);
    expect(phrases).toContain('Partial returns');
    expect(phrases.some((p) => /\bshow\b/.test(p))).toBe(false);
  });

  it('does not take a time for a topic ("on Wednesday", "As of 3:10 p.m.")', () => {
    const phrases = nounPhrases('As of 3:10 p.m. on Wednesday, the repair crews released their second report on Thursday.').map(
      (p) => p.text,
    );
    expect(phrases).toEqual(['the repair crews', 'their second report']);
  });

  it('marks a thing whose state the sentence reports, past a relative clause', () => {
    const [apps] = nounPhrases('Apps like Tidewell and Portly, which were down all morning, were appearing to load again.');
    expect(apps).toMatchObject({ text: 'Apps like Tidewell and Portly', state: true });
    expect(nounPhrases('The ferry schedule changed in May.')[0]!.state).toBe(false);
    // A change by a figure is no state.
    expect(nounPhrases('Ticket sales were down 5% in May.')[0]!.state).toBe(false);
  });
});

describe('salience: what is new weighs most', () => {
  it('ranks a phrase of new words over one the old article already had', () => {
    const topics = salientTopics(['At the hearing, members discussed the booking system and a new fuel surcharge.'], OLD).map(
      (t) => t.text,
    );
    expect(topics.indexOf('the new fuel surcharge')).toBeGreaterThanOrEqual(0);
    expect(topics).not.toContain('the booking system');
  });

  it('a head the added sentences keep returning to weighs more', () => {
    const once = salientTopics(['Inspectors filed a safety review of the dock.', 'Loose railings were found.'], OLD);
    const again = salientTopics(['Inspectors filed a safety review of the dock.', 'The review found loose railings.'], OLD);
    const score = (topics: typeof once) => topics.find((t) => t.text === 'the safety review of the dock')!.score;
    expect(score(again)).toBeGreaterThan(score(once));
  });

  it('picks at most two topics about different things, in reading order', () => {
    const picked = pickTopics(
      salientTopics(['Engineers found corroded cables under the pier.', 'Divers also found corroded cables near the slipway.'], OLD),
    );
    expect(picked.length).toBeLessThanOrEqual(2);
    expect(new Set(picked.map((t) => t.head)).size).toBe(picked.length);
  });
});

describe('the update note names the topic', () => {
  it('says "details on" the salient phrase, not the first words of the sentence', () => {
    const note = proposeNote(
      article(OLD),
      article(OLD, 'As part of its review, the company hired two engineering firms to inspect the hull.'),
      { date: '2026-03-04T12:00:00Z' },
    );
    expect(note.text).toBe('Details on two engineering firms.');
  });

  it('names the status of things whose state the added lines report', () => {
    const note = proposeNote(
      article(OLD),
      article(OLD, 'By noon, the Tidewell app was slower than usual, and Portly bookings were not going through.'),
      { date: '2026-03-04T12:00:00Z' },
    );
    // Round 20: the one line added is told by its whole main clause (lone-development.ts), which says the status itself.
    expect(note.text).toBe('The news that the Tidewell app was slower than usual, and Portly bookings were not going through.');
  });
});

describe('participles inside a noun phrase', () => {
  it('"the underlying routing issue" is one phrase, its participle counted as a content word', () => {
    expect(nounPhrases('They said the underlying routing issue was fixed.').map((p) => p.text)).toContain('the underlying routing issue');
  });
});

describe('who speaks is not a topic', () => {
  it('drops the speaker of "X said" and of "said X", keeps what was said', () => {
    const texts = (s: string) => nounPhrases(s).map((p) => p.text);
    expect(texts('The ferry ran late, the harbor master said.')).toEqual(['The ferry']);
    expect(texts('"We are ready," said Mayor Ana Ortiz.')).not.toContain('Mayor Ana Ortiz');
    expect(texts('They said the tide gauge was broken.')).toContain('the tide gauge');
  });
});

describe('work named by who does it and to what', () => {
  it('"hired two firms, A and B, to inspect X" → "the inspection of X by two firms"', () => {
    const texts = nounPhrases('The council hired two engineering firms, Vantor and Pell, to inspect the Route 9 bridge.').map(
      (p) => p.text,
    );
    expect(texts).toContain('the inspection of the Route 9 bridge by two engineering firms');
    const [top] = pickTopics(
      salientTopics(['The council hired two engineering firms, Vantor and Pell, to inspect the Route 9 bridge.'], OLD),
    );
    expect(top).toBeDefined();
  });

  it('a bare verb form after "the" and a name is a noun ("the Brightwater Pier hack")', () => {
    expect(nounPhrases('Analysts studied the Brightwater Pier hack.').map((p) => p.text)).toContain('the Brightwater Pier hack');
  });
});

describe('what a sentence is about', () => {
  it('after a verb of reporting, the object is the news, not who tells it', () => {
    const [top] = pickTopics(salientTopics(['Early testers reported battery drain problems after the update.'], OLD));
    expect(top!.text).toBe('battery drain problems');
  });

  it('a noun in -s running into "the" is the verb ("The win moves the Hawks …")', () => {
    const texts = nounPhrases('The win moves the Hawks into second place.').map((p) => p.text);
    expect(texts[0]).toBe('The win');
  });
});

describe('a phrase that points back', () => {
  it('"the same effect" names nothing on its own', () => {
    const texts = salientTopics(['The same effect also appears with dark lenses.'], OLD).map((t) => t.text);
    expect(texts).not.toContain('the same effect');
    expect(texts).toContain('dark lenses');
  });
});

describe('salience over everything added: the new material’s own subject', () => {
  it('ranks the phrase whose words the added lines keep returning to, credited lines included', () => {
    const line = 'The board also discussed the Tarrow Marina budget and a pier inspection.';
    const material = [
      line,
      'Harbor master Ida Lorne said the pier inspection found cracked pilings.',
      'The inspection of the pier will close it until 2028, Lorne said.',
    ];
    // Alone, the named budget leads; read against all that was added, the permit is the subject.
    const rank = (topics: { text: string }[], text: string) => topics.findIndex((t) => t.text === text);
    const alone = salientTopics([line], OLD);
    expect(rank(alone, 'the Tarrow Marina budget')).toBeLessThan(rank(alone, 'the pier inspection'));
    const read = salientTopics([line], OLD, '', material);
    expect(rank(read, 'the pier inspection')).toBeLessThan(rank(read, 'the Tarrow Marina budget'));
  });

  it('weighs a recurring word down when the old article already used it often', () => {
    const old = `${OLD} The ferry line's ferry crews said the ferry schedule and the ferry fares would change.`;
    const material = ['Ferry riders asked about the pier lights.', 'The ferry office said the pier lights would be fixed.'];
    const weights = recurrence(material, old);
    expect(weights.get('pier')).toBeGreaterThan(weights.get('ferry') ?? 0);
  });

  it('names nothing from a line that speaks to the audience', () => {
    expect(salientTopics(['Dear readers, thank you for your patience with the Quillmoor delays.'], OLD)).toEqual([]);
    expect(addressesReader('"You cannot fix a ferry like that," Lorne said.')).toBe(false);
    expect(salientTopics(['Thanks to everyone who sent photos of the Quillmoor pier.'], OLD)).toEqual([]);
    expect(addressesReader('Thanks to the Quillmoor crews, the pier reopened.')).toBe(false);
  });
});

describe('a topic reads as a noun phrase', () => {
  it('keeps an inner "a" before the word it counts', () => {
    expect(isCleanTopic('the flood alert for a stretch of Mill Road')).toBe(true);
    expect(isCleanTopic('a flood alert for a')).toBe(false);
  });
});

describe('update notes name the added material’s subject', () => {
  it('never names the readers the writer thanks', () => {
    const older = article(OLD);
    const newer = article(OLD, 'My dear readers, you all rock.', 'Truly well done.');
    const note = proposeNote(older, newer, { date: '2026-11-06' }).note;
    expect(note).not.toMatch(/readers|rock|well done/i);
    const thanked = proposeNote(older, article(OLD, 'Thanks to everyone who sent photos of the pier.'), { date: '2026-11-06' }).note;
    expect(thanked).toBe('Update, Nov. 6: Additional details.');
  });

  it('never tells a state the story moved past as the news, nor the new toll again as a topic', () => {
    const slide = (...p: string[]) => storyOfLines(['Mudslide in Dunmore kills dozens', ...p]);
    const older = slide('A mudslide in the hills above Dunmore killed 21 people, the regional governor said.', 'Rescuers dug overnight.');
    const newer = slide(
      '(Wire) -- The death toll from a mudslide in the hills above Dunmore that buried a school bus has ticked up, local officials said on Sunday.',
      'A mudslide in the hills above Dunmore killed 26 people, the regional governor said.',
      'Earlier the death toll stood at 21.',
      'Rescuers dug overnight.',
    );
    const note = proposeNote(older, newer, { date: '2026-11-06' }).note;
    expect(note).not.toMatch(/earlier the death toll|details on the death toll/i);
  });

  it('names the subject a credited line gave when the added lines keep returning to it, never a season', () => {
    const slide = (...p: string[]) => storyOfLines(['Brennock rail yard reopens', ...p]);
    const old = 'The Brennock rail yard reopened on Monday after a signal fault, the operator said.';
    const note = proposeNote(
      slide(old),
      slide(
        old,
        'But in the valley, the legality of private repairs under the safety code is murkier. Transit lawyer Oona Hale explained in a long blog post that Article 4 of the Marrow Valley Rail Safety Code forbids private crews to repair signals.',
        'Last winter, I wrote about a mechanic who had fixed a switch for hospital trains without a state permit.',
      ),
      { date: '2026-11-06' },
    ).note;
    expect(note).toMatch(/^Update, Nov\. 6: Comments from Oona Hale and details on .*Marrow Valley Rail Safety Code\.$/);
    expect(salientTopics(['Last winter, I wrote about a mechanic.'], old).map((t) => t.text)).not.toContain('last winter');
  });
});

describe('the last guard keeps what reads well', () => {
  it('drops only the part that fails the grammar check, not the news beside it', () => {
    const text = 'Officers closed the Dunmore bridge, and two officers stayed. Crews reopened the bridge on Monday, Marlow said.';
    const note = firstGrammatical(
      updateFallbacks(
        ['additional comments from Marlow and Officers', 'the news that crews reopened the bridge'],
        DEFAULT_HOUSE_STYLE,
        text,
      ),
      text,
    );
    expect(note).toBe('The news that crews reopened the bridge.');
  });
});

describe('a plain topic gives way to a subject that names something', () => {
  it('names the headline-like line rather than "the letter"', () => {
    const board = (...p: string[]) => storyOfLines(['Harbor Board weighs night sailings', ...p]);
    const old = 'The Harbor Board will vote on night sailings, and riders have been asked to write to the board.';
    const note = proposeNote(board(old), board('No need to write a letter anymore! Harbor Board Approves Night Sailings.', old), {
      date: '2026-11-06',
    }).note;
    expect(note).toBe('Update, Nov. 6: Details on Harbor Board Approves Night Sailings.');
  });
});
