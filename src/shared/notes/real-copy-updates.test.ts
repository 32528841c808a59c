/**
 * Round ten, real copy (updates): an independent reviewer revised real published articles and
 * found notes that cut the news mid-clause, credited the wrong person, read photo captions as news
 * and left pronouns with nothing to refer to. Every example here is invented (other names, places,
 * numbers), each with a near miss that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';
import { compressClause, isCaptionFurniture, withoutFurniture } from './news-clause';
import { cutsAwayTheNews, ownPossessive, shareOfGroup, withoutSubjectAgent } from './clause-ends';
import { placedPronoun } from './pronoun-person';
import { nounPhrases } from './topics';
import { formatNote } from './format';

const DATE = '2026-03-14T10:00:00-05:00';
const story = (...paragraphs: string[]) => storyOfLines(['Ferry terminal destroyed by fire', ...paragraphs]);
const propose = (older: string[], newer: string[], style?: Parameters<typeof proposeNote>[2]['style']) =>
  proposeNote(story(...older), story(...newer), { date: DATE, style });
const clause = (sentence: string) => compressClause(sentence, `Headline\n${sentence}`)?.clause ?? '';
const FIRE = 'A fire destroyed the Ashford ferry terminal on Monday.';

describe('a clause is never cut where its news begins', () => {
  it('never ends on a reporting verb whose "that"-clause was dropped', () => {
    const told = clause('On Tuesday, Circuit Judge Maren Okafor ruled that the retrial would begin in October, rejecting a request.');
    expect(told).not.toMatch(/\bruled$/);
    expect(
      clause('The fire marshal said an initial investigation had found that a faulty heater in the ticket office started the blaze.'),
    ).not.toMatch(/\bfound$/);
  });

  it('keeps "in connection with" whole or cuts before it', () => {
    const note = propose(
      [FIRE],
      [FIRE, 'Police said Wednesday they had arrested four people in connection with the fire, two of them former employees.'],
    );
    expect(note.text).not.toMatch(/in connection\./);
    expect(note.text).toMatch(/arrested four people/);
  });

  it('never drops the charges of "charged X … with …", a second object, a span from a point, or an "until"', () => {
    expect(cutsAwayTheNews('a county prosecutor charged three of the four people arrested with arson'.split(' '), 8)).toBe(true);
    expect(cutsAwayTheNews('the board gave the Harbor Party 14 of the 25 seats'.split(' '), 6)).toBe(true);
    expect(cutsAwayTheNews('crews shut the valve about four hours after the break'.split(' '), 7)).toBe(true);
    expect(cutsAwayTheNews('the ferry line will remain closed until next month'.split(' '), 6)).toBe(true);
    expect(clause('The ferry line will remain closed until next month, Transport Director Ilse Varga said.')).not.toMatch(
      /closed$|remain$/,
    );
    expect(
      clause('Official results released Wednesday by the county elections board gave the Harbor Party 14 of the 25 seats.'),
    ).not.toMatch(/(?:released|board|Wednesday|Party)$/);
  });

  it('a share of a counted group and a subject described by its releaser are told short, so the verb keeps what it needs', () => {
    expect(
      clause(
        'A county prosecutor charged three of the four people arrested with arson and reckless endangerment and fraud, the Ashford Courier reported.',
      ),
    ).toMatch(/^a county prosecutor charged three people with arson/);
    expect(
      clause(
        'Official results released Wednesday by the Ashford Elections Board gave the Harbor Party 14 of the council’s 25 seats, up from nine.',
      ),
    ).toMatch(/^official results gave the Harbor Party 14 of the council's 25 seats/);
    expect(shareOfGroup('the jury convicted two of the five men')).toBe('the jury convicted two men');
    // Near miss: a share that is no count of a group, a participle whose agent is no name, stay.
    expect(shareOfGroup('one of the first ferries sailed')).toBe('one of the first ferries sailed');
    expect(withoutSubjectAgent('the levy approved by voters raised $2 million')).toBe('the levy approved by voters raised $2 million');
  });

  it('near miss: a cut at a phrase that is done is still made', () => {
    expect(cutsAwayTheNews('police arrested four people on Wednesday in Ashford'.split(' '), 4)).toBe(false);
    expect(cutsAwayTheNews('the county charged three people with arson on Monday'.split(' '), 7)).toBe(false);
    expect(cutsAwayTheNews('the ferry will stay closed, officials said'.split(' '), 5)).toBe(false);
    expect(
      clause(
        'Police arrested four people near the old ferry terminal in Ashford on Wednesday after a long chase through the harbor district.',
      ),
    ).toMatch(/^police arrested four people/);
  });
});

describe('a source reporting its own figures is told as the news, not as "comments"', () => {
  it('"X said that its revenue …" names X for "its" and tells the figure', () => {
    const note = propose(
      ['Harbrook Foods opened its tenth store in Ashford this year.'],
      [
        'Harbrook Foods opened its tenth store in Ashford this year.',
        'Harbrook Foods said Tuesday that its second-quarter revenue more than tripled to $2.1 billion, as sales at its new stores rose 4 percent.',
      ],
    );
    expect(note.text).toMatch(/\$2\.1 billion/);
    expect(note.text).not.toMatch(/comments from/);
  });

  it("near miss: a possessive that is not the speaker's own, or a speaker with no name, is left as written", () => {
    expect(ownPossessive('its revenue tripled', 'Harbrook Foods')).toBe("Harbrook Foods' revenue tripled");
    expect(ownPossessive('its revenue tripled', 'the company')).toBe('its revenue tripled');
    expect(ownPossessive('the revenue tripled', 'Harbrook Foods')).toBe('the revenue tripled');
    // A body that is no name keeps its "their": "Police's investigation" would read as a name.
    expect(ownPossessive('their investigation found a fault', 'Police')).toBe('their investigation found a fault');
    expect(clause('Officials said their budget would rise by $2 million next year.')).not.toMatch(/Officials'/);
  });
});

describe('a figure reported with its source is told whole, not as comments', () => {
  const ATTACK = (toll: number, tourists: string) =>
    `Gunmen attacked the Ashford harbor market on Tuesday, killing at least ${toll} people, including ${tourists} tourists, police said.`;
  const MINISTRY =
    'The Interior Ministry said Wednesday morning that the death toll had risen to 14 after two injured tourists died overnight at a hospital in Ashford.';

  it('a toll raised in the lead beside the line that reports it: the line tells the figure and its source', () => {
    const note = propose(
      [ATTACK(12, 'nine'), 'The market was closed on Wednesday.'],
      [ATTACK(14, '11'), MINISTRY, 'The market was closed on Wednesday.'],
    );
    expect(note.text).toMatch(/news that the death toll rose to 14.*Interior Ministry said/);
    expect(note.text).not.toMatch(/comments from/);
  });

  it('near miss: a raised toll beside a ministry line of another figure keeps both apart', () => {
    const note = propose(
      [ATTACK(12, 'nine'), 'The market was closed on Wednesday.'],
      [
        ATTACK(14, '11'),
        'The Interior Ministry said Wednesday that 30 officers had been sent to guard the harbor.',
        'The market was closed on Wednesday.',
      ],
    );
    expect(note.text).toMatch(/new death toll/i);
  });

  it('near miss (review 10s): the same figure counting something else is no restatement of the toll', () => {
    const note = propose(
      [ATTACK(12, 'nine'), 'The market was closed on Wednesday.'],
      [ATTACK(14, '11'), 'Officials said 14 families had been placed in hotels by the Red Cross.', 'The market was closed on Wednesday.'],
    );
    expect(note.text).toMatch(/new death toll/i);
  });

  it('what a company said it would do itself is its decision, told with the figure', () => {
    const note = propose(
      ['Harbrook Foods raised its prices in March.'],
      [
        'Harbrook Foods raised its prices in March.',
        'On Monday, Harbrook Foods said it would extend the $4.99 salmon price to all of its stores in the county through the end of June.',
      ],
    );
    expect(note.text).toMatch(/it would extend the \$4\.99 salmon price/);
  });

  it('near miss: what a speaker guesses another will do stays a guess', () => {
    const note = propose(
      ['Harbrook Foods raised its prices in March.'],
      ['Harbrook Foods raised its prices in March.', 'On Monday, Harbrook Foods said rivals could cut the $4.99 salmon price by June.'],
    );
    // (Told as the company's comment, never as its report of a fact.)
    expect(note.text).not.toMatch(/report that|The news that/);
  });

  it('a ruling told with "would" is the decision: the judge and what she ruled', () => {
    const note = propose(
      ['The trial of Ola Brenner resumed in Ashford on Monday.'],
      [
        'The trial of Ola Brenner resumed in Ashford on Monday.',
        'On Tuesday, Circuit Judge Maren Okafor ruled that the retrial would begin in October, rejecting a request from the defense.',
      ],
    );
    expect(note.text).toMatch(/ruled that the retrial would begin in October/);
    expect(note.text).not.toMatch(/comments from/);
  });
});

describe('the right person credited', () => {
  it('"his office said" after a titled official is that official\'s office, not someone named before', () => {
    const note = propose(
      [
        'Gunmen attacked the Ashford harbor market on Tuesday.',
        'White House press secretary Lena Marsh said the United States condemned the attack.',
      ],
      [
        'Gunmen attacked the Ashford harbor market on Tuesday.',
        'White House press secretary Lena Marsh said the United States condemned the attack.',
        'Portuguese Prime Minister Rui Valente telephoned the Ashford mayor to express “the sympathy of Portugal,” his office said in a statement.',
      ],
    );
    expect(note.text).toMatch(/Valente's office/);
    expect(note.text).not.toMatch(/Marsh's office/);
  });

  it('near miss: "his sister said" after an official is still nobody\'s guess', () => {
    const note = propose(
      ['A fire destroyed the Ashford ferry terminal on Monday.'],
      [
        'A fire destroyed the Ashford ferry terminal on Monday.',
        'Fire Chief Rui Valente inspected the site, and his sister said the family was shaken.',
      ],
    );
    expect(note.text).not.toMatch(/Valente's sister/);
  });

  it('"called" a person on a day is a telephone call, not speech; "called X a Y" is speech', () => {
    const call = propose(
      ['Voters in Ashford went to the polls on Tuesday.'],
      [
        'Voters in Ashford went to the polls on Tuesday.',
        "Governor Tomas Reyna called Mayor Ilse Varga on Wednesday to congratulate her, the governor's office said, a day after the vote.",
      ],
    );
    expect(call.text).not.toMatch(/comments from (?:Governor Tomas )?Reyna/);
    const speech = propose(
      ['Voters in Ashford went to the polls on Tuesday.'],
      ['Voters in Ashford went to the polls on Tuesday.', 'Governor Tomas Reyna called the result a victory for the harbor district.'],
    );
    expect(speech.text).toMatch(/Reyna/);
  });

  it('"the retailer said" is the business its own sentence names', () => {
    const note = propose(
      ['Harbrook Foods opened its tenth store in Ashford this year.'],
      [
        'Harbrook Foods opened its tenth store in Ashford this year.',
        'Norlund’s second-quarter profit more than doubled to $1.2 billion, the retailer said Thursday.',
      ],
    );
    expect(note.text).not.toMatch(/Harbrook/);
    expect(note.text).toMatch(/Norlund's second-quarter profit/);
  });

  it('near miss: a word capitalized only by the sentence start is no business', () => {
    const note = propose(
      ['Harbrook Foods opened its tenth store in Ashford this year.'],
      [
        'Harbrook Foods opened its tenth store in Ashford this year.',
        'Sales of frozen fish rose 4 percent in the quarter, the retailer said Thursday.',
      ],
    );
    expect(note.text).not.toMatch(/Sales'/);
  });

  it("a pronoun speaking in a letter is the letter's writer, and a day is never a source", () => {
    const note = propose(
      [
        'Parliament met in Ashford on Monday to debate the crisis.',
        'The talks, the source, who spoke to people inside the compound on Tuesday, told reporters, had stalled.',
      ],
      [
        'Parliament met in Ashford on Monday to debate the crisis.',
        'The talks, the source, who spoke to people inside the compound on Tuesday, told reporters, had stalled.',
        'Late on Tuesday, Ada Kenwick, the Speaker of Parliament, read out a letter from President Olu Brandt in which he said he was stepping down “with immediate effect”.',
      ],
    );
    expect(note.text).not.toMatch(/Tuesday|Kenwick's/);
    expect(note.changes.flatMap((c) => c.sources)).not.toContain('Tuesday');
  });

  it('"the department" is the whole name, with its "the"', () => {
    const note = propose(
      ['A water main broke in Ashford on Monday, said Ilse Varga, a spokeswoman for the Department of Water Supply.'],
      [
        'A water main broke in Ashford on Monday, said Ilse Varga, a spokeswoman for the Department of Water Supply.',
        'Since Jan. 1, crews have repaired more than 1,200 leaks, the department said on Friday.',
      ],
    );
    expect(note.text).toMatch(/\bthe Department of Water Supply/i);
    // A stop run into the next words (a caption's "Supply.Credit …") ends the name.
    const run = propose(
      ['A water main broke in Ashford on Monday, said Ilse Varga of the Department of Water Supply.Credit Mara Quist'],
      [
        'A water main broke in Ashford on Monday, said Ilse Varga of the Department of Water Supply.Credit Mara Quist',
        'Since Jan. 1, crews have repaired more than 1,200 leaks, the department said on Friday.',
      ],
    );
    expect(run.text).not.toMatch(/Credit|Quist/);
    expect(note.text).not.toMatch(/from Department\b/);
  });
});

describe('photo captions and credits in the copy are furniture', () => {
  it('a caption closing on "(Name/Agency/Getty Images)" names no photographer and is no news', () => {
    const note = propose(
      [FIRE, 'The ferry line was closed.'],
      [
        FIRE,
        'Firefighters inspect the ruins of the terminal on Tuesday. (Mara Quist/AFP/Getty Images)',
        'The ferry line was closed.',
        'The ferry line will reopen on Friday, the port authority said.',
      ],
    );
    expect(note.text).not.toMatch(/Quist|inspect|Firefighters/i);
    expect(note.text).toMatch(/reopen on Friday/);
  });

  it('a caption closing on "Credit …" or "(Reuters)", and a lone "Photo" line, are furniture too', () => {
    expect(isCaptionFurniture('Governor Tomas Reyna touring the terminal. Credit Mara Quist/Ashford Courier — Getty Images')).toBe(true);
    expect(isCaptionFurniture('Crews clear debris at the terminal on Monday. (Reuters)')).toBe(true);
    expect(isCaptionFurniture('Photo')).toBe(true);
    expect(withoutFurniture('Crews clear debris at the terminal. (AP Photo/Mara Quist)')).toBe('Crews clear debris at the terminal.');
  });

  it('near miss: a parenthesis or a "credit" in the news is not a caption', () => {
    expect(isCaptionFurniture('The port authority approved $2 million in repairs (with two members absent).')).toBe(false);
    expect(isCaptionFurniture('The fund (formerly Harbor/Elm Capital) closed on Monday.')).toBe(false);
    expect(isCaptionFurniture('A ferry credit union opened its doors, officials said.')).toBe(false);
    const note = propose([FIRE], [FIRE, 'The port authority approved $2 million in repairs (with two members absent).']);
    expect(note.text).toMatch(/approved \$2 million in repairs/);
  });
});

describe('a pronoun the note cannot place is named; names are kept whole and keep their capitals', () => {
  it('"an inquest into her death" names the one person the article names before it', () => {
    const note = propose(
      ['Ada Moss, 21, died on Monday after taking pills she bought online, her family said.'],
      [
        'Ada Moss, 21, died on Monday after taking pills she bought online, her family said.',
        "An inquest into her death was opened and adjourned at Ashford on Tuesday, the coroner's office said.",
      ],
    );
    expect(note.text).toMatch(/Moss's? death/);
    expect(note.text).not.toMatch(/\bher death/);
  });

  it('"identified him as X" names the person the article described', () => {
    expect(placedPronoun('police identified him as Tomas Vell, 58', 'A gunman opened fire in an Ashford cinema on Thursday.', '')).toBe(
      'police identified the gunman as Tomas Vell, 58',
    );
  });

  it('near miss: two people in reach, or a clause naming its own person, leave the pronoun', () => {
    expect(placedPronoun('an inquest into her death was opened', 'Ada Moss and Lena Kraus were hurt in the crash.', '')).toBe(
      'an inquest into her death was opened',
    );
    expect(placedPronoun('Ada Moss said her car was stolen', 'Lena Kraus spoke first.', '')).toBe('Ada Moss said her car was stolen');
    // A quoted official in the last lines is no one's "her": the story named Moss first.
    expect(
      placedPronoun(
        'an inquest into her death was opened',
        'Ada Moss died on Monday.\nA ban was urged.\n"We are concerned," said Inspector Lena Kraus.',
        '',
      ),
    ).toBe('an inquest into her death was opened');
    expect(placedPronoun('police identified him as Tomas Vell', 'Smoke filled the cinema on Thursday.', '')).toBe(
      'police identified him as Tomas Vell',
    );
  });

  it('near miss (review 10s): "her death" is never the one man named, nor anyone while someone unnamed is in the story', () => {
    // The only person named is the fire chief, and the article never calls him "her".
    expect(
      placedPronoun(
        'an inquest into her death was opened',
        'A woman died in the fire, said Fire Chief Anton Breck. He said crews arrived in minutes.',
        '',
      ),
    ).toBe('an inquest into her death was opened');
    expect(
      placedPronoun('an inquest into her death was opened', 'Ada Moss died on Monday, she said. The woman next door called 911.', ''),
    ).toBe('an inquest into her death was opened');
  });

  it('a name with particles is one noun phrase ("José de la Mata"), never cut at "de"', () => {
    const phrases = nounPhrases('On Wednesday, the Ashford High Court judge Pablo de la Vega summoned the harbor master.').map((p) =>
      p.tokens
        .slice(p.from, p.to)
        .map((t) => t.text)
        .join(' '),
    );
    expect(phrases).toContain('the Ashford High Court judge Pablo de la Vega');
    // Near miss: lower-case words after a common noun stay out of any name.
    expect(nounPhrases('Crews worked from dawn to dusk.').map((p) => p.tokens[p.to - 1]!.text)).not.toContain('de');
  });

  it('a title or a nationality before a name keeps its capital in a topic', () => {
    const note = propose(
      ['President Ilse Varga signed the ferry bill on Friday.', 'Workers at the Ashford terminal on Monday.'],
      ['President Ilse Varga signed the ferry bill on Friday.', 'President Ilse Varga at the signing in Ashford on Friday.'],
    );
    expect(note.text).not.toMatch(/president Ilse/);
  });

  it('the wire and UK forms keep the capital of "Department of …"', () => {
    const note = {
      kind: 'update' as const,
      date: '2026-03-14',
      text: "Department of Water Supply's report that crews repaired 1,200 leaks.",
    };
    expect(formatNote(note, { form: 'wire' }).line).toMatch(/Updates with Department of Water Supply's report/);
    expect(formatNote(note, { form: 'uk' }).line).toMatch(/to add Department of Water Supply's report/);
    // Near miss: a common word opening the phrase is still lowered.
    expect(formatNote({ ...note, text: 'Details on the harbor.' }, { form: 'uk' }).line).toMatch(/to add details on the harbor/);
  });
});

describe('who speaks, on real copy (review 10t)', () => {
  it('"the Harbor Board of Pilots and Masters said" is the board, never "Masters"', () => {
    const note = propose(
      ['The port reopened on Monday.'],
      ['The port reopened on Monday.', 'Night sailings will resume on Friday, the Harbor Board of Pilots and Masters said on Monday.'],
    );
    expect(note.text).not.toMatch(/\bMasters'/);
    expect(note.text).toMatch(/Board/);
  });

  it('"She said …" after a street is no comment from the street', () => {
    const note = propose(
      ['A fire destroyed a bakery on Quay Street on Monday.'],
      ['A fire destroyed a bakery on Quay Street on Monday.', 'She said on Monday that the bakery would reopen next month.'],
    );
    expect(note.text).not.toMatch(/Street/);
  });
});
