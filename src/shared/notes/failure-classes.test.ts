/**
 * The failure classes seen on real copy (issue 12), each with examples of our own making. Class 1
 * (note lines on import) is tested in src/shared/import/frame-lines.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { firstGrammatical, proposeNote, updateFallbacks } from './propose';
import { resolveStyle } from './style';
import { articleFromText } from './eval';
import { storyOfLines } from '../../../tests/support/note-stories';
import { checkNoteGrammar } from './grammar';
import { isCleanTopic, subjectPhrase } from './describe';
import { lowerOpening, shortName } from './names';
import { hasFiniteVerb, namesNothing, salientTopics } from './topics';
import { amountOf } from './figures';

const DATE = '2026-03-14T10:00:00-05:00';
const story = (...paragraphs: string[]) => storyOfLines(['Storms batter the valley overnight', ...paragraphs]);
const propose = (older: string[], newer: string[]) => proposeNote(story(...older), story(...newer), { date: DATE });

describe('class 2: a correction names the fact, from the context of the changed token', () => {
  it('says what the number counts and gives the right one, not the category or a stray phrase', () => {
    const note = propose(
      [
        'Firefighters answered five fires reported Saturday night across Milbrook, including the blaze on Elm Street.',
        'No one was hurt, Fire Chief Oren Lusk said.',
      ],
      [
        'Firefighters answered three fires reported Saturday night across Milbrook, including the blaze on Elm Street.',
        'No one was hurt, Fire Chief Oren Lusk said.',
      ],
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toContain('misstated the number of fires');
    // The fires were reported; they reported nothing.
    expect(note.text).not.toContain('fires who');
    expect(note.text).toContain('three, not five');
    expect(note.text).not.toMatch(/a figure|Elm Street/);
  });

  it('counts what an event did: "killed 9 people" in "the bus crash"', () => {
    const note = propose(
      ['The bus crash near Tolland, which killed 7 people, closed the highway for a day.'],
      ['The bus crash near Tolland, which killed 9 people, closed the highway for a day.'],
    );
    expect(note.text).toContain('the number of people killed in the bus crash');
  });
});

describe('class 3: a changed title or role of a named person is a correction', () => {
  it('lowercase roles: "deputy mayor" → "city manager"', () => {
    const note = propose(
      ['Dana Whitfield, the deputy mayor, said the shelters would stay open.'],
      ['Dana Whitfield, the city manager, said the shelters would stay open.'],
    );
    expect(note.kind).toBe('correction');
    // (Round 16: both posts told, AP form, where the appositive gives them whole: apposed-titles.ts.)
    expect(note.text).toMatch(/misstated Dana Whitfield's title\. Whitfield is the city manager, not the deputy mayor\./);
  });

  it('a capitalized title before the name is told whole: "County Executive" → "Town Clerk"', () => {
    const note = propose(
      ['The county will add 30 snowplows this winter, County Executive Rhea Molina said Tuesday.'],
      ['The county will add 30 snowplows this winter, Town Clerk Rhea Molina said Tuesday.'],
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toContain("misstated Rhea Molina's title. Molina is the town clerk, not the county executive.");
  });

  it('a person called by surname whose post the sentence gives: "Lindqvist is now the hospital\'s chief nursing officer"', () => {
    const note = propose(
      ["Ines Lindqvist joined the clinic in 2019. Lindqvist is now the hospital's chief nursing officer, a spokeswoman said."],
      ["Ines Lindqvist joined the clinic in 2019. Lindqvist is now the hospital's chief medical officer, a spokeswoman said."],
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toContain("misstated Lindqvist's title. Lindqvist is the chief medical officer, not the chief nursing officer.");
  });

  it('only a post beside a name: the same swap with no one named, or a word beside no post, stays without a note', () => {
    expect(
      propose(
        ["The company's chief financial officer said sales were flat."],
        ["The company's chief operating officer said sales were flat."],
      ).kind,
    ).toBe('none');
    expect(
      propose(["Marsh is the team's new head coach after a long search."], ["Marsh is the team's new head coach after a lengthy search."])
        .kind,
    ).toBe('none');
  });

  it('"spokesman" → "press secretary"', () => {
    const note = propose(
      ['"We are ready," said Paulo Reyna, the governor\'s spokesman.'],
      ['"We are ready," said Paulo Reyna, the governor\'s press secretary.'],
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toContain("Paulo Reyna's title");
  });

  it('the person behind a title: "CEO Jane Roe" → "CEO John Doe"', () => {
    const note = propose(
      ['Valley Power CEO Jane Roe said crews were on their way.'],
      ['Valley Power CEO John Doe said crews were on their way.'],
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toMatch(/misidentified/);
    expect(note.text).toContain('John Doe');
  });

  it('a title by its acronym: "CTO" → "CIO"', () => {
    const note = propose(['The plan came from Valley Power CTO Imani Brooks.'], ['The plan came from Valley Power CIO Imani Brooks.']);
    expect(note.text).toContain('chief information officer');
  });
});

describe('class 4: sign-offs, credits and contact lines are furniture', () => {
  it('never reads "Editing by", "Reporting by", "contributed to this report" or contact lines as people or fixes', () => {
    const body = [
      'Heavy rain flooded 40 homes in Milbrook overnight, officials said.',
      'Crews were pumping water from basements on Saturday.',
    ];
    const note = propose(
      [...body, 'Reporting by Ana Lutz; Editing by Tom Greer', 'Staff writer Bo Kim contributed to this report.'],
      [
        ...body,
        'Reporting by Ana Lutz and Ida Fenn; Editing by Mark Oyelaran',
        'Staff writers Bo Kim and Lia Park contributed to this report.',
        'Contact the newsroom at news@example.org.',
      ],
    );
    expect(note.kind).toBe('none');
    expect(note.note).toBe('');
  });

  it('a rewrite that reorders paragraphs and adds a detail is one update, not several corrections', () => {
    const a = 'Heavy rain flooded 40 homes in Milbrook overnight, officials said.';
    const b = 'Crews were pumping water from basements on Saturday.';
    const c = '"We have not seen water like this since 1996," Mayor Ruth Ambler said.';
    const note = propose(
      [a, b, c, 'Editing by Tom Greer'],
      [a, c, b, 'The Red Cross opened a shelter at Milbrook High School.', 'Editing by Tom Greer and Sam Ode'],
    );
    expect(note.kind).toBe('update');
    expect(note.changes.filter((ch) => ch.type === 'corrected')).toEqual([]);
  });
});

describe('class 5: developments say what developed', () => {
  it('a rising death toll with a new quote: the new toll first, then the comments', () => {
    const note = propose(
      ['At least 4 people were killed when the storm hit the valley, police said.', 'Roads in the north of the county remain closed.'],
      [
        'At least 7 people were killed when the storm hit the valley, police said.',
        'Roads in the north of the county remain closed.',
        '"This is the worst night this valley has seen," Sheriff Dale Mercer said.',
      ],
    );
    expect(note.kind).toBe('update');
    expect(note.text).toMatch(/^New death toll and comments from Sheriff Dale Mercer\.$/);
  });

  it('an outage resolved is news, not a misstated figure', () => {
    const note = propose(
      ['Power remained out for 3,000 customers in Milbrook on Saturday, the utility said.'],
      ['Power was restored to all customers in Milbrook on Saturday, the utility said.'],
    );
    expect(note.kind).toBe('update');
    expect(note.text).toMatch(/news that power was restored to all customers/);
  });

  it('a new line saying the problem is fixed is named as news, first', () => {
    const note = propose(
      ['Thousands of riders lost access to the fare app on Friday.'],
      [
        'Thousands of riders lost access to the fare app on Friday.',
        'By Saturday morning the outage had been resolved, the transit agency said.',
      ],
    );
    expect(note.kind).toBe('update');
    expect(note.text).toMatch(/^The news that the outage had been resolved/);
  });

  it('"no new details yet" adds nothing to the note', () => {
    const note = propose(
      ['A man was arrested after the crash, police said.'],
      ['A man was arrested after the crash, police said.', 'No further details were released on Saturday.'],
    );
    expect(note.kind).toBe('none');
  });
});

describe('class 6: descriptions are noun phrases, checked for grammar', () => {
  it('the grammar check catches fragments, dangling words, doubled punctuation and copying', () => {
    expect(checkNoteGrammar('Details on (agency) -- The toll, earlier the toll and (updates.').map((p) => p.rule)).toEqual(
      expect.arrayContaining(['punctuation', 'brackets']),
    );
    expect(checkNoteGrammar('Details on as part.').map((p) => p.rule)).toContain('dangling-word');
    expect(checkNoteGrammar('Details on the number of th separate fires.').map((p) => p.rule)).toContain('clipped-word');
    expect(checkNoteGrammar('Additional comments from the company has already.').map((p) => p.rule)).toContain('dangling-word');
    const article = 'crews worked through the night to clear the roads before the morning commute began';
    expect(
      checkNoteGrammar('Details on crews worked through the night to clear the roads before the morning commute.', article).map(
        (p) => p.rule,
      ),
    ).toContain('copied-fragment');
    expect(checkNoteGrammar('Additional comments from Mercer and details on road closures.', article)).toEqual([]);
    // "iMessage" and "iCloud" are names, free to repeat, though their first letter is small.
    const outage = 'Apple said that iMessage and all iCloud services were working again on Tuesday';
    expect(checkNoteGrammar('The news that iMessage and all iCloud services were working again.', outage)).toEqual([]);
    expect(
      checkNoteGrammar('The news that imessage and all icloud services were working again on tuesday.', outage.toLowerCase()).map(
        (p) => p.rule,
      ),
    ).toContain('copied-fragment');
  });

  it('proposed update notes pass the check', () => {
    const note = propose(
      ['Heavy rain flooded 40 homes in Milbrook overnight, officials said.'],
      [
        'Heavy rain flooded 40 homes in Milbrook overnight, officials said.',
        'As part of the cleanup, the county opened two drop-off sites for damaged furniture on Route 9.',
        'The toll road near the river will stay closed until Monday.',
      ],
    );
    expect(note.kind).toBe('update');
    expect(checkNoteGrammar(note.text)).toEqual([]);
  });
});

describe('class 7: credit only who the new material comes from', () => {
  it('a fixed name inside a quotation is a misspelling, not a changed quotation', () => {
    const note = propose(
      ['"Thank you to Sherif Mercer and his team," Mayor Ruth Ambler said.'],
      ['"Thank you to Sheriff Mercer and his team," Mayor Ruth Ambler said.'],
    );
    expect(note.text).not.toMatch(/misquoted/);
  });

  it('an unattributed new paragraph is not credited to the source quoted in the paragraph before', () => {
    const note = propose(
      ['"We are ready for the next storm," Mayor Ruth Ambler said.', 'Roads remain closed.'],
      [
        '"We are ready for the next storm," Mayor Ruth Ambler said.',
        'The county opened two shelters on Route 9 for families whose homes flooded.',
        'Roads remain closed.',
      ],
    );
    expect(note.text).not.toContain('Ambler');
    expect(note.changes.flatMap((c) => c.sources)).not.toContain('Ambler');
  });
});

describe('class 8: every note carries the AP label with its date', () => {
  it('a note is never a bare word', () => {
    const note = propose(['Roads remain closed.'], ['Roads remain closed.', 'Schools will open two hours late on Monday.']);
    expect(note.note).toMatch(/^Update, March 14: \S.+\.$/);
    expect(note.text.split(/\s+/).length).toBeGreaterThan(1);
  });
});

describe('class 2 on real copy: the fixed fact in full, by its context', () => {
  it('a title of more than one word keeps its "of …": "head of parliament" → "secretary of state"', () => {
    const note = propose(
      ['The president then spoke to Pietro Parolin, the Vatican’s head of parliament, for nearly an hour.'],
      ['The president then spoke to Pietro Parolin, the Vatican’s secretary of state, for nearly an hour.'],
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toContain("misstated Pietro Parolin's title. Parolin is the secretary of state, not the head of parliament.");
  });

  it('a changed word inside a quoted title names the title and gives both forms', () => {
    const note = propose(
      ['The memo, headed “Flood Plan 100,” was written by the county’s engineers in Milbrook.'],
      ['The memo, headed “Flood Plan 101,” was written by the county’s engineers in Milbrook.'],
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toMatch(/misstated the title of the memo\. It is “Flood Plan 101,” not “Flood Plan 100\.”$/);
    expect(
      checkNoteGrammar(
        note.text,
        'Storms batter the valley overnight\nThe memo, headed “Flood Plan 101,” was written by the county’s engineers in Milbrook.',
      ),
    ).toEqual([]);
  });

  it('one person word for another ("translator" → "interpreter") is a correction that says which was meant', () => {
    const note = propose(
      ['The two talked for 29 minutes with only the translator present.'],
      ['The two talked for 29 minutes with only the interpreter present.'],
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toContain('referred to a translator when an interpreter was meant');
  });
});

describe('sentences: a clock with a spelled-out time zone does not end a sentence', () => {
  it('"At 3:54 p.m. Pacific, the company said" stays one sentence, so its addition is one detail', () => {
    const note = propose(
      ['Crews worked through the night.'],
      ['Crews worked through the night.', 'At 3:54 p.m. Pacific, the water company said the pumps were working again.'],
    );
    expect(note.text).not.toMatch(/Pacific, the water/);
    expect(note.changes.filter((c) => c.type === 'added').flatMap((c) => c.evidence)).toContain(
      'At 3:54 p.m. Pacific, the water company said the pumps were working again.',
    );
  });
});

describe('several fixes in one correction', () => {
  it('keep the one right fact that says what it is about, after its own fix', () => {
    const note = propose(
      [
        'The president then spoke to Pietro Parolin, the Vatican’s head of parliament, for nearly an hour.',
        'The two talked for 29 minutes with only the translator present.',
      ],
      [
        'The president then spoke to Pietro Parolin, the Vatican’s secretary of state, for nearly an hour.',
        'The two talked for 29 minutes with only the interpreter present.',
      ],
    );
    expect(note.text).toBe(
      "An earlier version of this article referred to a translator when an interpreter was meant and misstated Pietro Parolin's title. Parolin is the secretary of state, not the head of parliament.",
    );
  });
});

describe('class 5 on real copy: services working again are the news', () => {
  it('names what is working again, from the clause the source said', () => {
    const note = propose(
      ['Customers of the ferry line could not buy tickets online on Tuesday.'],
      [
        'Customers of the ferry line could not buy tickets online on Tuesday.',
        'At 3:54 p.m. Pacific, the ferry line updated its website and said that Ferrylink and the Harbor Card app were working again.',
      ],
    );
    expect(note.kind).toBe('update');
    expect(note.text).toContain('he news that Ferrylink and the Harbor Card app were working again');
  });

  it('"returned to normal operations" in a quotation', () => {
    const note = propose(
      ['The ferry line said crews were working on the outage.'],
      [
        'The ferry line said crews were working on the outage.',
        '"By 3:01 p.m., all ticket machines returned to normal operations," the ferry line said.',
      ],
    );
    expect(note.text).toMatch(/^The news that all ticket machines returned to normal operations/);
  });
});

describe('names with a small first letter', () => {
  it('"iMessage" is checked whole, so a note may name it', () => {
    const note = propose(
      ['Users could not send messages on Tuesday.'],
      ['Users could not send messages on Tuesday.', 'Apple said that iMessage and FaceTime were working again.'],
    );
    expect(note.text).toContain('iMessage and FaceTime were working again');
  });
});

describe('class 6 on real copy: the topic of unattributed new material', () => {
  it('reads past a lead with a clock and a date: "As of 1:15 p.m. ET on October 20, multiple services …"', () => {
    const note = propose(
      ['The outage began early Monday.'],
      ['The outage began early Monday.', 'As of 1:15 p.m. ET on October 20, multiple ticket services were unavailable across the county.'],
    );
    // The line reports what state the services were in: the note names their status.
    expect(note.text).toBe('The status of multiple ticket services.');
  });

  it('skips a vague subject ("things") for the next sentence of the paragraph that names one', () => {
    const note = propose(
      ['The outage began early Monday.'],
      [
        'The outage began early Monday.',
        'By the afternoon, things seemed to be returning to normal. Apps like Venmo and Lyft, which were slow before, were responding again.',
      ],
    );
    expect(note.text).toBe('The status of apps like Venmo and Lyft.');
  });

  it('"the company" refers back and names nothing new: what it allowed is the topic', () => {
    const note = propose(
      ['The ferry line reported a hack.'],
      [
        'The ferry line reported a hack.',
        'As part of its inquiry, the company allowed two research groups to audit the hack. The audit report found that 700 accounts were part of the breach.',
      ],
    );
    // Who was brought in to look into what is one topic, named by the work; what the audit found
    // is the news, told first (news-clause.ts).
    expect(note.text).toBe(
      'The news that the audit report found that 700 accounts were part of the breach and details on the audit of the hack by two research groups.',
    );
  });
});

describe('class 6: a topic is a noun phrase, never a clause cut short', () => {
  it('"How the new pumps work: …" gives no topic "how the new pumps"', () => {
    const note = propose(
      ['The pumps were installed Monday.'],
      ['The pumps were installed Monday.', 'How the new Riverton pumps work: they push water uphill to the reservoir.'],
    );
    expect(note.text).not.toMatch(/details on how/i);
    expect(isCleanTopic('how iOS 13 FaceTime Attention Correction')).toBe(false);
    expect(isCleanTopic('sounds like another audibly delectable mystery')).toBe(false);
    expect(isCleanTopic('the memorial service')).toBe(true);
  });
});

describe('class 2: a claim rewritten as a whole', () => {
  it('names the old claim and who it was credited to, not "a detail about …"', () => {
    const note = propose(
      ['On Friday, the Riverton Harbor Authority said three crew members of the trawler had been found dead.'],
      ['On Friday, the Riverton Harbor Authority said several sailors had been rescued by helicopter but their condition was unknown.'],
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toBe(
      'An earlier version of this article incorrectly reported, citing the Riverton Harbor Authority, that three crew members of the trawler had been found dead.',
    );
  });

  it('one fact fixed keeps its own wording', () => {
    const note = propose(
      ['On Friday, the Riverton Harbor Authority said three crew members had been rescued.'],
      ['On Friday, the Riverton Harbor Authority said four crew members had been rescued.'],
    );
    expect(note.text).toContain('misstated the number of crew members');
  });
});

describe('class 2: a time that dates an event told in a "when" clause', () => {
  it('"1781" → "the late 18th century, when Napoleon tasked …": misstated when, and the right time', () => {
    const note = propose(
      ['The method dates back to 1781, when Napoleon tasked the French engineer Jean Dupuis with draining the marshes near Toulon.'],
      [
        'The method dates back to the late 18th century, when Napoleon tasked the French engineer Jean Dupuis with draining the marshes near Toulon.',
      ],
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toBe(
      'An earlier version of this article misstated when Napoleon tasked the French engineer Jean Dupuis. It was the late 18th century, not 1781.',
    );
  });

  it('a year put right: "in 1962, when the bakery opened" → "in 1967, …"', () => {
    const note = propose(
      ['The family came to Riverton in 1962, when the Albanese bakery opened on Main Street.'],
      ['The family came to Riverton in 1967, when the Albanese bakery opened on Main Street.'],
    );
    expect(note.text).toContain('misstated when the Albanese bakery opened');
    expect(note.text).toContain('It was 1967, not 1962.');
  });
});

describe('class 2: a detail put right after the same preposition gives the right and the wrong words', () => {
  it('"in the first round of the mayoral race" → "in the council elections"', () => {
    const note = propose(
      [
        'The Green slate has shown muscle: its candidates won 25 percent of the vote in the first round of the mayoral race and backed Ortiz.',
      ],
      ['The Green slate has shown muscle: its candidates won 25 percent of the vote in the council elections and backed Ortiz.'],
    );
    expect(note.kind).toBe('correction');
    // The wrong claim, as a clause of its own (who "its" stands for named), then the right words.
    expect(note.text).toBe(
      "An earlier version of this article incorrectly reported that the Green slate's candidates won 25 percent of the vote in the first round of the mayoral race. It was in the council elections.",
    );
  });
});

describe('a claim cut from a paragraph that stands, beside new material', () => {
  const older = [
    'The mayor met the council on Monday.',
    'Ortiz has long been a partner in the town’s quarry. The council asked about the budget. Ortiz said the quarry had closed.',
  ];
  it('is withdrawn: a correction that also names the new material', () => {
    const newer = [
      'The mayor met the council on Monday.',
      'The council asked about the budget. Ortiz said the quarry had closed.',
      'Council member Dana Pruitt said the vote would come in May.',
    ];
    const note = propose(older, newer);
    expect(note.kind).toBe('correction');
    expect(note.text).toBe(
      "An earlier version of this article incorrectly reported that Ortiz has long been a partner in the town's quarry. It has also been updated with comments from council member Dana Pruitt that the vote would come in May.",
    );
  });

  it('a line credited to someone, cut beside new material, is a running story moving on', () => {
    const newer = [
      'The mayor met the council on Monday.',
      'Ortiz has long been a partner in the town’s quarry. The council asked about the budget.',
      'Council member Dana Pruitt said the vote would come in May.',
    ];
    expect(propose(older, newer).kind).toBe('update');
  });
});

describe('class 6: a topic whose head names one side of something keeps its "of …"', () => {
  it('"The mechanics of separating the ferry line from …" → "details on the mechanics of separating the ferry line"', () => {
    const note = propose(
      ['The sale was announced Monday.'],
      [
        'The sale was announced Monday.',
        'The mechanics of separating the ferry line from the rest of its operations won’t come without complications.',
      ],
    );
    expect(note.text).toBe('Details on the mechanics of separating the ferry line.');
  });

  // Round 20: the one added line is told by its whole main clause (lone-development.ts), not as "details on".
  it('"The cost of the new bridge worried …", the only line added → told whole', () => {
    const note = propose(['The bridge opened Monday.'], ['The bridge opened Monday.', 'The cost of the new bridge worried the council.']);
    expect(note.text).toBe('The news that the cost of the new bridge worried the council.');
  });

  it('"The cost of the new bridge rose to a record" is news: told as a clause, whole, as a short sentence is (restated-sentence.ts)', () => {
    const note = propose(['The bridge opened Monday.'], ['The bridge opened Monday.', 'The cost of the new bridge rose to a record.']);
    expect(note.text).toBe('The news that the cost of the new bridge rose to a record.');
  });
});

describe('class 6: whose it is, by name', () => {
  // Round 20: the only line added, told whole (lone-development.ts), names Tesla in its subject.
  it('"applications from Tesla for the trademark …" → told whole, Tesla named', () => {
    const note = propose(
      ['The office refused the name.'],
      ['The office refused the name.', 'In addition, applications from Tesla for the trademark have been halted.'],
    );
    expect(note.text).toBe('The news that applications from Tesla for the trademark were halted.');
  });
});

describe('the media added: an embedded post', () => {
  it('a sentence ending in a pic.twitter.com link is a tweet added', () => {
    const note = propose(
      ['The ferry ran late on Monday.'],
      [
        'The ferry ran late on Monday.',
        'The line posted its new timetable. The ferry will run every 20 minutes from June. pic.twitter.com/AbC123xyz',
      ],
    );
    expect(note.text).toMatch(/\ba tweet\b/);
  });
});

describe('the last guard: a wording that fails the grammar check gives way to one that says less', () => {
  it('an update falls back to plain "additional details", then to fewer parts', () => {
    const candidates = updateFallbacks(['additional comments from Pruitt', 'details on as part'], resolveStyle());
    expect(candidates[0]).toBe('Additional comments from Pruitt and details on as part.');
    expect(firstGrammatical(candidates, '')).toBe('Additional comments from Pruitt and additional details.');
  });

  it('ends on a wording that always passes', () => {
    const candidates = updateFallbacks(['details on as part'], resolveStyle());
    expect(firstGrammatical(candidates, '')).toBe('Additional details.');
  });

  it('keeps the first wording when it passes', () => {
    expect(firstGrammatical(['Additional comments from Pruitt.', 'Additional details.'], '')).toBe('Additional comments from Pruitt.');
  });
});

describe('a date put right names the event, not a clause cut at its preposition', () => {
  it('"The hearing on the ferry fire is set for March 21" → "misstated the date of the hearing"', () => {
    const older = ['The hearing on the ferry fire is set for March 14, the Coast Guard said.'];
    const newer = ['The hearing on the ferry fire is set for March 21, the Coast Guard said.'];
    const note = propose(older, newer);
    expect(note.text).toBe('An earlier version of this article misstated the date of the hearing. It is March 21, not March 14.');
  });
});

describe('class 3 on real copy: a withdrawn description and a place named by a possessive', () => {
  it('names who was described, where the versions part, and the description that was wrong', () => {
    const note = propose(
      [
        'Even so, the guild, which is gearing up for its spring fair, has clashed with the council over Harbourline, a set of paid ferry permits backed by the council, that could help traders reach the island.',
      ],
      [
        'Even so, the guild, which is gearing up for its spring fair, has clashed with the council over Harbourline, which is backed by the council, that could help traders reach the island.',
      ],
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toContain('incorrectly described Harbourline as a set of paid ferry permits');
  });

  it('"China\'s Sumitomo and Yokohama" → "Asia\'s …": where the named ones are based, right and wrong', () => {
    const note = propose(
      [
        "The cuts come as foreign brands, especially Norway's Fjordline and Skagen, have been expanding with cheaper fares, the operator said.",
      ],
      [
        "The cuts come as foreign brands, especially Denmark's Fjordline and Skagen, have been expanding with cheaper fares, the operator said.",
      ],
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toContain('misstated where Fjordline and Skagen are based. They are in Denmark, not Norway.');
  });
});

describe('class 6 on real copy: a topic keeps the coined term that says which ones', () => {
  it('"applications from Wexley Harbour for the permit on the name “Gullwalk”" names Gullwalk', () => {
    const note = propose(
      ['The ferry operator said fares would rise in January.'],
      [
        'The ferry operator said fares would rise in January.',
        'In addition, applications from Wexley Harbour for the permit on the name “Gullwalk” have been halted due to other groups pursuing similar names.',
      ],
    );
    expect(note.kind).toBe('update');
    expect(note.text).toContain('Details on applications from Wexley Harbour for the permit on the name Gullwalk');
    expect(checkNoteGrammar(note.text)).toEqual([]);
  });
});

describe('class 7 on real copy: who said it', () => {
  it('the same quotation credited to someone else is a misattributed quote: who said it, and who not', () => {
    const note = propose(
      [
        '“Please listen to us and stop these raids on our streets,” said Mayor Ana Ruiz of Westbrook, who said she was hit by a rubber bullet.',
      ],
      [
        '“Please listen to us and stop these raids on our streets,” said Tomas Berg, vice mayor of Milbrook, who said she was hit by a rubber bullet.',
      ],
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toContain(
      'misattributed a quotation. It was said by Tomas Berg, vice mayor of Milbrook, not Mayor Ana Ruiz of Westbrook.',
    );
    expect(note.text).not.toMatch(/comments from|misstated a name/);
  });

  it('"he based his comments on photos he had seen" adds no media; "Berg initially said" names Berg, and a place is never "he"', () => {
    const older = ['In an interview, Berg initially said that guard troops had detained civilians in the Los Angeles protests.'];
    const note = propose(older, [
      ...older,
      'He later said he based his comments on photos and footage he had seen that turned out not to be a picture of troops in Los Angeles.',
    ]);
    expect(note.text).not.toMatch(/photos|video|Angeles/);
    expect(note.text).toContain('Berg');
  });
});

describe('class 6 and 7 on real copy: the reporter is no source, and a long lead is no topic', () => {
  it('"During the height of the pandemic, I wrote …" credits no "I" and gives no "details on during …"', () => {
    const older = ['The ferry operator said fares would rise in January.'];
    const note = propose(older, [
      ...older,
      'During the height of the pandemic, I wrote an article about how a local mechanic kept the ferries running without parts from the maker.',
    ]);
    expect(note.text).not.toMatch(/\bI\b|during/i);
    expect(isCleanTopic('during the height')).toBe(false);
  });
});

describe('class 5 on real copy: what a source confirmed is the addition', () => {
  it('"The operator also confirmed earlier Northline signal faults …, and Eastline delays for some." names both', () => {
    const older = ['Trains on the Northline stopped for two hours Monday, the operator said.'];
    const note = propose(older, [
      ...older,
      'The operator also confirmed earlier Northline signal faults that affected all riders, and Eastline delays for some.',
    ]);
    expect(note.kind).toBe('update');
    expect(note.text).toMatch(/confirmation from the operator of Northline signal faults and Eastline delays/i);
    expect(checkNoteGrammar(note.text)).toEqual([]);
  });
});

describe('round 3: a new source is named as the article introduces them', () => {
  const before = ['Crews restored power to most of Milbrook by Sunday morning, the utility said.'];
  it('one new voice with a role: "comments from Valley Power chief engineer Rosa Imrie"', () => {
    const note = propose(before, [
      ...before,
      'In an interview, Valley Power chief engineer Rosa Imrie said the last lines would be back by Tuesday.',
      '"We are working around the clock," Imrie said.',
    ]);
    expect(note.text).toBe(
      'Comments from Valley Power chief engineer Rosa Imrie in an interview that the last lines would be back by Tuesday.',
    );
  });

  it('an organization and its title in one run: "Milbrook Fire Chief Oren Lusk"', () => {
    // What he said is news (no one hurt): told as his report, with him introduced.
    const note = propose(before, [...before, 'Milbrook Fire Chief Oren Lusk said no one was hurt in the storm.']);
    // (Since round 24 a speaker's report is told as reported speech, credited: judges refused "X's report that".)
    expect(note.text).toBe('The news that no one was hurt in the storm, Milbrook Fire Chief Oren Lusk said.');
  });

  it('one already in the story, named without a role, or one of several keeps the surname', () => {
    const quoted = ['"It was the worst night in years," said Oren Lusk, the fire chief.'];
    expect(propose(quoted, [...quoted, 'Lusk said no one was hurt in the storm.']).text).toBe(
      'The news that no one was hurt in the storm, Oren Lusk said.',
    );
    expect(propose(before, [...before, 'Rosa Imrie said the last lines would be back by Tuesday.']).text).toBe(
      'Comments from Imrie that the last lines would be back by Tuesday.',
    );
    const two = propose(before, [
      ...before,
      'Valley Power chief engineer Rosa Imrie said the last lines would be back by Tuesday.',
      'Milbrook Fire Chief Oren Lusk said no one was hurt in the storm.',
    ]);
    expect(two.text).toMatch(/^The news that no one was hurt in the storm, Milbrook Fire Chief Oren Lusk said, and /);
    expect(two.text).toMatch(/comments from (?:Rosa )?Imrie that the last lines would be back by Tuesday\.$/);
  });
});

describe('round 3: a misspelled name in a quotation’s credit is a misspelling, not a misattribution', () => {
  it('"said Rosa Imri" → "said Rosa Imrie", in two quoted sentences: one misspelling, named once', () => {
    const note = propose(
      ['"The lines are down," said Rosa Imri, the chief engineer at Valley Power.', '"We will be working all night," said Rosa Imri.'],
      ['"The lines are down," said Rosa Imrie, the chief engineer at Valley Power.', '"We will be working all night," said Rosa Imrie.'],
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toBe('An earlier version of this article misspelled the last name of Rosa Imrie.');
  });

  it('another speaker altogether is still a misattribution', () => {
    const note = propose(
      ['"The lines are down," said Rosa Imrie, the chief engineer at Valley Power.'],
      ['"The lines are down," said Oren Lusk, the chief engineer at Valley Power.'],
    );
    expect(note.text).toMatch(/misattributed a quotation\. It was said by Oren Lusk/);
  });
});

describe('round 3: a source’s count of its own is named by its figure, not as “comments”', () => {
  const before = ['Valley Power said the storm cut electricity to homes across Milbrook.'];
  it('"Valley Power says it has 42,000 customers without power" → "Valley Power\'s figure of 42,000 customers"', () => {
    const note = propose(before, [...before, 'Valley Power says it has 42,000 customers without power, most of them in the north.']);
    expect(note.text).toBe("Valley Power's figure of 42,000 customers.");
  });

  it('"the company said it employs 1.2 million workers"', () => {
    const note = propose(before, [...before, 'Valley Power said it employs 1,200 line workers across the state.']);
    expect(note.text).toBe("Valley Power's figure of 1,200 line workers.");
  });

  it('a quotation or a claim without a count stays comments', () => {
    const note = propose(before, [...before, 'Valley Power said it has crews working through the night.']);
    expect(note.text).toBe('Additional comments from Valley Power that it has crews working through the night.');
  });
});

describe('round 3: a corrected name is named by the role its verb gives it', () => {
  it('"Tor published it" → "Pocket published it": the publisher of the book the sentence before names', () => {
    const lead = 'She wrote her first novel, River of Glass, in a single winter.';
    const note = propose([`${lead} Tor published it in 1981.`], [`${lead} Pocket published it in 1981.`]);
    expect(note.kind).toBe('correction');
    expect(note.text).toBe('An earlier version of this article misstated the publisher of River of Glass. It was Pocket, not Tor.');
    expect(note.changes[0]!.evidence.join(' ')).toContain('River of Glass');
  });

  it('the passive: "was published by Tor" → the wrong claim, then the right one on its subject', () => {
    const note = propose(['The novel was published by Tor in 1981.'], ['The novel was published by Pocket in 1981.']);
    // "misstated the publisher" would not say of what: the claim names the novel.
    expect(note.text).toBe(
      'An earlier version of this article incorrectly reported that the novel was published by Tor in 1981. It was published by Pocket.',
    );
  });
});

describe('round 3: words a source issued as a statement are named as a statement', () => {
  const before = ['Crews restored power to most of Milbrook by Sunday morning.'];
  it('"Valley Power said in a statement" → "A statement from Valley Power."', () => {
    const note = propose(before, [...before, 'Valley Power said in a statement that the last lines would be back by Tuesday.']);
    // What the statement said, its reported clause told whole (reported-clause-copy.ts).
    expect(note.text).toBe('A statement from Valley Power that the last lines would be back by Tuesday.');
  });

  it('"posted a short statement" is a statement too', () => {
    const note = propose(before, [...before, 'Later, Valley Power posted a short statement that repairs were done.']);
    // What it said, told short: the statement is its words, not a topic.
    expect(note.text).toBe('A statement from Valley Power that repairs were done.');
  });

  it('beside comments, the comments lead and the statement follows', () => {
    const quoted = [...before, 'Rosa Imrie, a spokesperson for Valley Power, said crews were out all night.'];
    const note = propose(quoted, [
      ...quoted,
      '"We expect the last lines back by Tuesday," Imrie said.',
      'In a statement, the Milbrook Fire Department said no one was hurt.',
    ]);
    expect(note.text).toBe('Additional comments from Imrie and a statement from the Milbrook Fire Department that no one was hurt.');
  });

  it('a statement made only of a quotation is told by its opening pledge, in reported speech', () => {
    const pledged = propose(before, [
      ...before,
      '“We will restore every line, and no customer will pay for the repairs,” Valley Power said in a statement.',
    ]);
    expect(pledged.text).toBe('A statement from Valley Power that it will restore every line.');
    // A body named by its kind speaks of itself as "it": "the company said".
    const named = ['Valley Power crews restored power to most of Milbrook by Sunday morning.'];
    const byKind = propose(named, [...named, '“We will restore every line by Friday,” the company said in a statement.']);
    expect(byKind.text).toMatch(/that it will restore every line by Friday\.$/);
    const noComment = propose(before, [
      ...before,
      '“We will not comment on the cause while crews work,” Valley Power said in a statement.',
    ]);
    expect(noComment.text).not.toMatch(/that it will/);
  });

  it('remarks to the reporter stay comments', () => {
    const note = propose(before, [...before, 'Valley Power told reporters that the last lines would be back by Tuesday.']);
    expect(note.text).toMatch(/^Comments from Valley Power\b/);
  });
});

describe('a credit names someone (grammar check)', () => {
  const article =
    'Drivers said the bridge had been closed since dawn. The county said it would reopen by noon. On Friday, said spokeswoman Lena Ortiz, crews found a crack. Harbor Authority engineers inspected it.';
  it('refuses a day, a clause or a sentence-opening common word taken for a source', () => {
    const rules = (note: string) => checkNoteGrammar(note, article).map((p) => p.rule);
    expect(rules('Additional comments from Friday.')).toContain('credit');
    expect(rules('Additional comments from the county said.')).toContain('credit');
    expect(rules('Additional comments from Drivers.')).toContain('credit');
    expect(rules('Additional comments from Ortiz and a statement from the Harbor Authority.')).toEqual([]);
    expect(rules('Description of the crack in video posted by Lena Ortiz.')).toEqual([]);
  });
  it('the update writer falls back past a part that credits no one', () => {
    const candidates = updateFallbacks(['additional comments from Drivers', 'additional comments from Ortiz'], resolveStyle(), article);
    expect(firstGrammatical(candidates, article)).toBe('Additional comments from Ortiz.');
  });
});

describe('class 5: a thing settled in the active voice is the news', () => {
  it('"it resolved the slow logins for …" → "the news that the slow logins for … were resolved"', () => {
    const note = propose(
      ['Tidewell had an outage on Monday.'],
      ['Tidewell had an outage on Monday.', 'By evening, Tidewell said that it resolved the slow logins for its customers.'],
    );
    expect(note.text).toBe('The news that the slow logins for its customers were resolved.');
  });

  it('two settled things are one piece of news', () => {
    const note = propose(
      ['The Harbor Line had an outage on Monday.'],
      [
        'The Harbor Line had an outage on Monday.',
        'Engineers have restored the ticket machines at six stations.',
        'All Harbor Line trains were working normally, the operator said.',
      ],
    );
    expect(note.text).toMatch(/^The news that the ticket machines were restored and that /);
  });
});

describe('class 6: what a source added is named by what it is about', () => {
  it('a source that explains something added an explanation of it', () => {
    const note = propose(
      ['The Lumen app added a portrait mode on Tuesday.'],
      [
        'The Lumen app added a portrait mode on Tuesday.',
        'On Mastodon, developer Ines Varga explains that the mode relies on Tracelight, which maps the depth of a scene.',
      ],
    );
    expect(note.text).toBe('An explanation of Tracelight from Varga.');
  });

  it('a statement that says the trouble is settled is named with that news', () => {
    const note = propose(
      ['Harbor Cloud Services had an outage on Monday.'],
      [
        'Harbor Cloud Services had an outage on Monday.',
        'The company posted a short statement saying the underlying routing issue was fully mitigated.',
      ],
    );
    expect(note.text).toBe('A statement from Harbor Cloud Services that the underlying routing issue was fully mitigated.');
  });
});

describe('class 5: a count in a kept frame', () => {
  it('a figure in the perfect that grows ("has burned 1,200 acres" → "3,400") is a new count, named with its verb', () => {
    const note = propose(
      ['The Ridge fire has burned 1,200 acres in Calder County.', 'Crews are on the fire lines.'],
      [
        'The Ridge fire has burned 3,400 acres in Calder County.',
        'Crews are on the fire lines.',
        'Evacuation orders were extended to Pine Flat on Wednesday.',
      ],
    );
    expect(note.kind).toBe('update');
    expect(note.text).toMatch(/^New number of acres burned\b/);
  });

  it('"the march" is a topic, not a month; the speaker of "organizers said" is not one', () => {
    const note = propose(
      ['Police have arrested 4 people after the protest.'],
      ['Police have arrested 9 people after the protest.', 'The march ended peacefully, organizers said.'],
    );
    expect(note.text).toBe('New number of people arrested and the news that the march ended peacefully.');
  });

  it('a state told short keeps its figure whole and stops before a phrase it cannot finish', () => {
    expect(propose(['Power was out for 3,000 customers in Dale.'], ['Power was restored for 3,000 customers in Dale.']).text).toBe(
      'The news that power was restored for 3,000 customers.',
    );
    expect(propose(['The website was down for most users.'], ['The website was back up for most users.']).text).toBe(
      'The news that the website was back up.',
    );
  });
});

describe('class 6: a short fact a source confirmed is the addition', () => {
  it('"… who confirmed that the chime does indeed belong to Ames" → "confirmation from … that the chime belongs to Ames"', () => {
    const note = propose(
      ['The Bellwood app plays a three-note chime.'],
      [
        'The Bellwood app plays a three-note chime.',
        'On Friday I got a reply from Dora Quint, who confirmed that the chime does indeed belong to Ames, an early designer at the company.',
      ],
    );
    expect(note.text).toBe('Confirmation from Quint that the chime belongs to Ames.');
  });
});

describe('class 6: a statement is named by the new thing it is about', () => {
  it('"said in a statement that the district would hold two public forums" names the forums', () => {
    const note = propose(
      ['The Calder County board voted on Tuesday to close two rural schools next year.'],
      [
        'The Calder County board voted on Tuesday to close two rural schools next year.',
        'Superintendent Mark Dilley said in a statement that the district would hold two public forums in March.',
      ],
    );
    expect(note.text).toBe('A statement from Dilley that the district would hold two public forums in March.');
  });
});

describe('polish: a clock time is when, never a figure', () => {
  it('"left at 3:15 p.m." → "3:45 p.m." says when, with the wrong time after "not"', () => {
    const note = propose(
      ['Deputies said the marchers reached the bridge at 3:15 p.m. on Friday.'],
      ['Deputies said the marchers reached the bridge at 3:45 p.m. on Friday.'],
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toContain('misstated when the marchers reached the bridge. It was 3:45 p.m., not 3:15 p.m.');
    expect(note.text).not.toMatch(/number of/);
  });

  it('a 24-hour time with a zone is a time too', () => {
    const note = propose(
      ['The last train left Corran at 15:40 BST, the operator said.'],
      ['The last train left Corran at 16:10 BST, the operator said.'],
    );
    expect(note.text).toContain('misstated when the last train left Corran. It was 16:10 BST');
  });

  it("a live blog's time stamp opening an entry is furniture: moving it is no correction", () => {
    const note = propose(
      ['9.12am: Ferries to Orla are cancelled for the day, the harbour office says.'],
      ['9.21am: Ferries to Orla are cancelled for the day, the harbour office says.'],
    );
    expect(note.kind).toBe('none');
  });

  it("an entry's stamp does not stop its figure from being read", () => {
    const note = propose(
      ['11.05am: Police in Varden said nine climbers were rescued.'],
      ['11.05am: Police in Varden said seven climbers were rescued.'],
    );
    expect(note.text).toContain('misstated the number of climbers');
    expect(note.text).not.toMatch(/number of (?:am|a\.m)/);
  });

  it('the grammar check refuses a count of a function word, a meridiem or a figure', () => {
    const rules = (text: string) => checkNoteGrammar(text).map((p) => p.rule);
    expect(rules('An earlier version of this article misstated the number of am. The correct number is 10.44.')).toContain('counted-noun');
    expect(rules('An earlier version of this article misstated the number of the. It is 5.')).toContain('counted-noun');
    expect(rules('An earlier version of this article misstated the number of p.m. It is 5.')).toContain('counted-noun');
    expect(rules('An earlier version of this article misstated the number of ferries cancelled.')).toEqual([]);
  });
});

describe('polish: a reported clause reads as part of the note', () => {
  const removed = (line: string) =>
    propose(['The shelter opened at dawn.', line, 'The mayor thanked staff.'], ['The shelter opened at dawn.', 'The mayor thanked staff.']);

  it('a common word opening the removed sentence loses its capital after "reported that"', () => {
    const note = removed('At least 40 volunteers were turned away at the door of the shelter.');
    expect(note.text).toContain('incorrectly reported that at least 40 volunteers were turned away');
  });

  it('a name opening it keeps its capital', () => {
    expect(lowerOpening('Garrow had been barred twice', 'Garrow had been barred twice. Staff said Garrow left.')).toBe(
      'Garrow had been barred twice',
    );
    // Capitalized only where sentences start, written small elsewhere: a common word.
    expect(lowerOpening('Mobile users can see it', 'Mobile users can see it. The mobile app is new.')).toBe('mobile users can see it');
    expect(lowerOpening('Some 30 boats sank', '')).toBe('some 30 boats sank');
  });

  it('a claim cut whole is told with its own names, which stand in the old version', () => {
    const note = removed('At least 12 regional papers, including The Harlow Courier (harlow.com), belong to Brightline Media.');
    // "at least" is no time set before the claim: the clause keeps its subject.
    expect(note.text).toBe(
      'An earlier version of this article incorrectly reported that at least 12 regional papers, including The Harlow Courier (harlow.com), belong to Brightline Media.',
    );
    expect(hasFiniteVerb('at least 12 regional papers, including The Harlow Courier (harlow.com)')).toBe(false);
    expect(hasFiniteVerb('the company posted sales of $141 million')).toBe(true);
  });
});

describe('polish: a source called by a first name is credited by surname', () => {
  it('"Marla has posted a reply" in an article that introduces Marla Quinton → comments from Quinton', () => {
    const note = propose(
      ['Marla Quinton of Tessel Labs unveiled a new scripting language at a conference in Oslo.', 'Critics asked why it was needed.'],
      [
        'Marla Quinton of Tessel Labs unveiled a new scripting language at a conference in Oslo.',
        'Critics asked why it was needed.',
        'Marla has posted a reply, saying that the old libraries were "beyond repair," she said.',
      ],
    );
    expect(note.text).toContain('Quinton');
    expect(note.text).not.toMatch(/from Marla\b/);
  });

  it('a lone word beside a longer name or an organization stays as it is', () => {
    expect(shortName('Amazon', 'Amazon Web Services said it was fixed. Amazon said so too.')).toBe('Amazon');
    expect(shortName('Marla', 'Marla said she was leaving.')).toBe('Marla');
    // A surname that is also a title word ("Bishop") still follows the given name.
    expect(shortName('Ada', 'Ada Bishop chaired the panel. Ada said it went well.')).toBe('Bishop');
  });
});

describe('polish: a description lifted from a sentence reads as part of the note', () => {
  it('the grammar check refuses a word capitalized only because it opened its sentence', () => {
    const article = 'Mobile booking opened today. The mobile app is new. Orla Lines said so.';
    expect(checkNoteGrammar('The status of Mobile booking.', article).map((p) => p.rule)).toContain('sentence-capital');
    expect(checkNoteGrammar('Additional comments from Orla Lines.', article)).toEqual([]);
    // A word the article never writes small, or capitalizes mid-sentence, is a name.
    expect(checkNoteGrammar('Details on Tessel.', 'Tessel opened. Staff at Tessel cheered.')).toEqual([]);
  });

  it('"The" that opens a name keeps its capital; one lifted before a common word does not', () => {
    const article = 'The ferry resumed service.\nThe crew was thanked.';
    expect(checkNoteGrammar('Details on papers such as The Orton Ledger.', article)).toEqual([]);
    expect(checkNoteGrammar('Details on The ferry.', article).map((p) => p.rule)).toContain('sentence-capital');
  });

  it('a bare quality or an organization’s initials is no topic', () => {
    const old = 'The Varden council debated the new parking rules on Monday.';
    expect(salientTopics(['Critics of the plan now doubt the legality.'], old).map((t) => t.text)).not.toContain('the legality');
    expect(salientTopics(['Engineers briefed NASA.'], old).map((t) => t.text)).not.toContain('NASA');
  });

  it('a noun cut from its determiner by an adverb gets an article back', () => {
    const base = ['The Varden council debated the new parking rules on Monday.', 'Drivers had complained for months.'];
    const note = propose(base, [...base, 'Sounds like another wholly avoidable dispute about kerbside bays.']);
    expect(note.text).toContain('the avoidable dispute');
  });
});

describe('polish: where the words were heard, and a subject that ends at its adverb', () => {
  const base = ['The Orla ferry service will add a second boat next spring.', 'Riders had asked for more sailings.'];

  it('"said in a telecon with reporters" → "comments from … in a telecon"', () => {
    const note = propose(base, [...base, '"We will need more crews," Teodora Vance said in a telecon with reporters.']);
    // (Since round 24 a surname alone is named in full: the note sits above the story.)
    expect(note.text).toContain('Comments from Teodora Vance in a telecon');
  });

  it('"The 12 boats currently in service" is named as "the 12 boats"', () => {
    expect(subjectPhrase('The 12 boats currently in service can carry cars.')).toBe('the 12 boats');
  });
});

describe('polish: leftovers of the last round', () => {
  it('a date after "in" keeps its preposition out of the clause, and a done thing "was"', () => {
    const note = propose(
      ['Ilse Brandt joined the Corvo trust in March, after the audit.'],
      ['Ilse Brandt joined the Corvo trust in January, before the audit.'],
    );
    expect(note.text).toContain('misstated the date Ilse Brandt joined the Corvo trust. It was January, not March');
  });

  it('two fixes of one kind share their verb', () => {
    const note = propose(['Pellham was founded in 1871 by quarrymen.'], ['Dorrow was founded in 1874 by quarrymen.']);
    expect(note.text).not.toMatch(/misstated [^.]* and misstated/);
  });

  it('a figure counted out of the sentence before is named by that count', () => {
    const note = propose(
      [
        'The county received 1,400 applications for flood grants this spring. Of those, about 600 came from farms outside the valley. Most were approved.',
      ],
      [
        'The county received 1,400 applications for flood grants this spring. Of those, about 350 came from farms outside the valley. Most were approved.',
      ],
    );
    expect(note.text).toContain('misstated how many of the applications came from farms outside the valley. It was 350, not 600');
  });
});

describe('polish: a fix of when one thing happened against another says "when"', () => {
  it('"shortly after the vote" → "two weeks before the vote"', () => {
    const note = propose(
      ['Okafor resigned from the board shortly after the vote on the budget.'],
      ['Okafor resigned from the board two weeks before the vote on the budget.'],
    );
    expect(note.text).toContain('misstated when Okafor resigned from the board. It was two weeks before the vote');
  });

  it('a relative clause is turned round to say who did what', () => {
    const note = propose(
      ['Tamsin Vale is a Harlow ferry firm that Jon Pryce joined as its chief engineer shortly after the merger.'],
      ['Tamsin Vale is a Harlow ferry firm that Jon Pryce joined as its chief engineer a year before the merger.'],
    );
    expect(note.text).toContain('misstated when Jon Pryce joined Tamsin Vale as its chief engineer. It was a year before the merger');
  });
});

describe('polish: a plural subject’s verb is not part of a topic', () => {
  it('"while crews repair the pier" gives no "crews repair" topic', () => {
    const old = 'The ferry company Orla Lines redesigned its booking app this week.';
    const topics = salientTopics(['Weekend sailings remain suspended while crews repair the Dunmore pier.'], old).map((t) => t.text);
    expect(topics.some((t) => /crews repair/.test(t))).toBe(false);
  });
});

describe('polish: the bench article’s note', () => {
  it('an official from "the state Highways Agency" is credited with its article', () => {
    const base = ['The Corran bypass will reopen next month, the council said.'];
    const note = propose(base, [
      ...base,
      'According to an official from the state Highways Agency who spoke on condition of anonymity, the work could slip to June.',
    ]);
    expect(note.text).toContain('the state Highways Agency');
  });

  it('what a sum costs may end on a place name', () => {
    expect(amountOf('The mayor said that the harbor repairs in Port Ellin would cost about $40 million.', '$40')).toBe(
      'the cost of the harbor repairs in Port Ellin',
    );
  });
});

describe('polish: a new count of a known thing is a topic', () => {
  it('"later revised to six sailors rescued from rafts" after "Eleven sailors were rescued"', () => {
    const topics = salientTopics(
      ['later revised to six sailors rescued from rafts.'],
      'Eleven sailors were rescued from rafts off Corran. Six boats joined the search.',
    ).map((t) => t.text);
    expect(topics).toContain('six sailors rescued from rafts');
  });
});

describe('polish: a clause lifted into "misstated where …" drops its sentence capital', () => {
  it('"At least 3 barns burned in Orrin" → "where at least 3 barns burned"', () => {
    const note = propose(['At least 3 barns burned in Orrin, officials said.'], ['At least 3 barns burned in Tessaly, officials said.']);
    expect(note.text).toContain('misstated where at least 3 barns burned');
    expect(checkNoteGrammar(note.text, 'At least 3 barns burned in Tessaly, officials said.')).toEqual([]);
  });
});

describe('polish: a headline value is quoted only as the headline printed it', () => {
  it('"0Pier" → "Update, Nov. 6:" quotes no "0 Pier"', () => {
    const older = articleFromText('0Pier\n\nThe ferry ran late.');
    const newer = articleFromText('Update, Nov. 6:\n\nThe ferry ran late.');
    const note = proposeNote(older, newer, { date: DATE });
    expect(note.text).not.toMatch(/0 Pier/);
  });
});

describe('polish: a recast year names what happened that year', () => {
  it('a year opening the sentence dates the clause after it', () => {
    const note = propose(
      ['Odile Brun opened the forge on Quay Lane in 1958 with her brother.'],
      ['In 1953, Odile Brun and her brother opened the forge on Quay Lane.'],
    );
    expect(note.text).toContain('misstated the year Odile Brun and her brother opened the forge on Quay Lane. It was 1953, not 1958');
  });

  it('a participle set off by commas tells of the name before it', () => {
    const note = propose(
      ['Founded in 1880, the Harlow Courier was sold in 1969.'],
      ['The Harlow Courier, founded in 1884, was sold in 1969.'],
    );
    expect(note.text).toContain('misstated the year the Harlow Courier was founded. It was 1884, not 1880');
  });
});

describe('polish: a topic is a thing, and keeps whose it is', () => {
  it('a quantity word alone names nothing', () => {
    expect(namesNothing('less')).toBe(true);
    expect(namesNothing('the ferry timetable')).toBe(false);
  });

  it('"Less than a month later, Ines sold the boat" → "her brother\'s boat": no "details on less", the owner kept', () => {
    const note = propose(['Less than a month later, Ines sold the boat.'], ["Less than a month later, Ines sold her brother's boat."]);
    expect(note.text).not.toMatch(/details on less/i);
    expect(note.text).toContain("her brother's boat");
  });
});

describe('polish: one singular common noun alone takes "the"', () => {
  it('"Addendum: …" → "details on the addendum"', () => {
    const old = 'The Orla ferry will add a second boat next spring.';
    const added = 'Addendum: the timetable changes in May.';
    const topics = salientTopics([added], old, `${old} ${added}`).map((t) => t.text);
    expect(topics).toContain('the addendum');
  });
});

describe('polish: what a sum costs stops before its auxiliary', () => {
  it('"the harbor works in Tessaly would cost about $12 million" → "the cost of the harbor works in Tessaly"', () => {
    expect(amountOf('Officials said that the harbor works in Tessaly would cost about $12 million over five years.', '$12')).toBe(
      'the cost of the harbor works in Tessaly',
    );
  });
});

describe('class: a dateline is set aside when a new lead is written under it', () => {
  const oldLead = 'A crash on Route 9 near Pell Creek has all lanes closed.';
  const rest = 'Troopers said the driver was taken to Halvern General with minor injuries.';
  const newLead = 'All lanes on Route 9 are open again.';
  for (const dateline of [
    'TALLOWAY, ORE.- ',
    'TALLOWAY, Ore. - ',
    'OSTRAVA, Czech Republic — ',
    'BRENNAN (KXLT) - ',
    'PORT ELDER, N.S. -- ',
  ]) {
    it(`"${dateline.trim()}": the old lead moved below stands unchanged, the new lead is an update`, () => {
      const note = propose([dateline + oldLead, rest], [dateline + newLead, oldLead, rest]);
      expect(note.kind).toBe('update');
      expect(note.text).not.toMatch(/misspell|misstat|incorrect|earlier version/i);
      expect(note.text).toContain('all lanes on Route 9 are open again');
      // The dateline is furniture: none of its words is named in the note.
      for (const word of dateline.match(/\p{Lu}{2,}/gu) ?? []) expect(note.text).not.toContain(word);
      expect(checkNoteGrammar(note.text)).toEqual([]);
    });
  }

  it('a paragraph opening with an ordinary capitalized word and a dash keeps its words', () => {
    const note = propose(
      ['Storm crews cleared Route 9 by evening.'],
      ['Storm crews cleared Route 9 by evening.', 'Overnight - and into the morning - crews salted the bridge.'],
    );
    expect(note.kind).toBe('update');
    expect(note.text.toLowerCase()).toMatch(/salt|bridge|overnight/);
  });
});

describe('class: a correction never names the word that opened the sentence as what was described', () => {
  it('"Above all, … the scientific discipline of X" → "of Y": the discipline, the right value and the wrong one', () => {
    const note = propose(
      ['Above all, the match was a triumph for the scientific discipline of cognitive psychology, which had long been mocked.'],
      ['Above all, the match was a triumph for the scientific discipline of machine learning, which had long been mocked.'],
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toContain('misstated the scientific discipline. It is machine learning, not cognitive psychology.');
    expect(note.text).not.toMatch(/described Above/);
  });
  it('one noun swapped for another after "the research area of" is a fact put right, not rewording', () => {
    const note = propose(
      ['Most of all, the prize was a boost for the research area of robotics, long starved of money.'],
      ['Most of all, the prize was a boost for the research area of computer vision, long starved of money.'],
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toContain('It is computer vision, not robotics.');
  });
});

describe('class: a cut list item names the claim, not "a claim that has been removed"', () => {
  it('"Several Harrow Media papers, including A, B and C, have …" without B: B is among the papers that have …', () => {
    const note = propose(
      [
        'Several Harrow Media papers, including the Dunmore Ledger, the Pike County Star and the Ossining Bell, have blocked the crawler.',
        'The crawler copies pages for an archive.',
      ],
      [
        'Several Harrow Media papers, including the Dunmore Ledger and the Ossining Bell, have blocked the crawler.',
        'The crawler copies pages for an archive.',
      ],
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toContain(
      'incorrectly reported that the Pike County Star is among several Harrow Media papers that have blocked the crawler.',
    );
    expect(checkNoteGrammar(note.text)).toEqual([]);
  });
});

describe('class: a headline that moves with the story is a development, not a correction', () => {
  const cases: [string, string[], string, string[]][] = [
    [
      'All lanes blocked on Route 9 due to crash',
      ['A crash on Route 9 near Pell Creek has all lanes blocked.', 'Troopers said two trucks collided.'],
      'All lanes reopened after Route 9 crash',
      [
        'All lanes on Route 9 reopened by noon.',
        'A crash on Route 9 near Pell Creek has all lanes blocked.',
        'Troopers said two trucks collided.',
      ],
    ],
    [
      'Fire threatens homes near Alder Creek',
      ['A brush fire is burning toward homes near Alder Creek.', 'Crews from three towns are on the scene.'],
      'Fire near Alder Creek contained',
      [
        'A brush fire is burning toward homes near Alder Creek.',
        'Crews from three towns are on the scene.',
        'By evening the fire was fully contained, Chief Ida Marr said.',
      ],
    ],
  ];
  for (const [oldHead, oldBody, newHead, newBody] of cases) {
    it(`"${oldHead}" → "${newHead}" with the news in the body`, () => {
      const note = proposeNote(storyOfLines([oldHead, ...oldBody]), storyOfLines([newHead, ...newBody]), {
        date: DATE,
      });
      expect(note.kind).toBe('update');
      expect(note.text).not.toMatch(/headline|earlier version/i);
    });
  }
});

describe('a statement is told by what it said, not by a bare topic', () => {
  it('"In a statement, the X said crews had reported …" → "a statement from X that crews had reported …"', () => {
    const note = propose(
      ['The Orla ferry was suspended on Monday after a fire in its engine room.'],
      [
        'The Orla ferry was suspended on Monday after a fire in its engine room.',
        'In a statement, the Harbor Pilots Guild said deckhands had flagged the pumps three times in May.',
      ],
    );
    expect(note.kind).toBe('update');
    expect(note.text).toMatch(/^A statement from (?:the )?Harbor Pilots Guild that deckhands (?:had )?flagged the pumps/);
    expect(note.text).not.toMatch(/ on deckhands/);
    expect(checkNoteGrammar(note.text)).toEqual([]);
  });
});

describe('a correction is split into what was wrong and the right fact as sentences are read', () => {
  it('initials in a removed claim ("J. R. R. Smith") end no sentence: no stray "R. R. Smith." is told as a right fact', () => {
    // The fuzz test's hostile pair, shrunk: a claim that cannot be told whole falls back to the fix by category.
    const note = propose([`Update, Nov. 6:${'.'.repeat(200)}Mayor J. R. R. Smith`], ['']);
    expect(note.text).not.toMatch(/(?:^|\.\s+)R\. R\./);
    expect(note.text).not.toContain('Smith');
    expect(checkNoteGrammar(note.text)).toEqual([]);
  });
});

describe('a claim names the subject the reader could not place ("the company", "she")', () => {
  it('"the company" is told as the company the article named before', () => {
    const note = propose(
      ['Pellworth Robotics said Tuesday it would close its plant in Gary. The company is owned by Harrow Capital, a private equity firm.'],
      ['Pellworth Robotics said Tuesday it would close its plant in Gary. The company is owned by Linden Partners, a private equity firm.'],
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toContain('incorrectly reported that Pellworth Robotics is owned by Harrow Capital. It is owned by Linden Partners.');
    expect(checkNoteGrammar(note.text)).toEqual([]);
  });

  it('a name only after "by" is no subject: with none other, the claim keeps "the company"', () => {
    const note = propose(
      ['Analysts polled by FactSet expected a loss. The company is owned by Harrow Capital, a private equity firm.'],
      ['Analysts polled by FactSet expected a loss. The company is owned by Linden Partners, a private equity firm.'],
    );
    expect(note.text).not.toContain('FactSet');
    expect(note.text).toContain('Linden Partners');
  });
});

describe('an abbreviation inside a name is part of the name', () => {
  it('"St. Brendan\'s Hospital" is told whole, never as "St"', () => {
    const note = propose(
      ['The driver was taken to Harlan General Hospital after the crash, police said.'],
      ["The driver was taken to St. Brendan's Hospital after the crash, police said."],
    );
    expect(note.kind).toBe('correction');
    expect(note.text).not.toMatch(/\bSt(?:,|\.$| not)/);
    expect(note.text).toContain("St. Brendan's Hospital");
    expect(checkNoteGrammar(note.text)).toEqual([]);
  });
});

describe('a correction never tells a clause without its subject', () => {
  it('"The curator, Ines Vale, was previously …": the claim is told, not "where was previously …"', () => {
    const note = propose(
      ['The new curator, Ines Vale, was previously head of prints at the Tacoma Art Museum, the trustees said.'],
      ['The new curator, Ines Vale, was previously head of prints at the Spokane Art Museum, the trustees said.'],
    );
    expect(note.kind).toBe('correction');
    expect(note.text).not.toMatch(/\b(?:where|when) (?:was|is|were|had|has)\b/);
    expect(note.text).toContain('Spokane Art Museum');
    expect(checkNoteGrammar(note.text)).toEqual([]);
  });

  it('"$300 million in federal aid": the figure counts the aid, not "the federal"', () => {
    const note = propose(
      ['The governor said the county needed $90 million in flood relief after the storm.'],
      ['The governor said the county needed $60 million in flood relief after the storm.'],
    );
    // (Round 18: "needed" is past, figure-tense.ts.)
    expect(note.text).toContain('misstated the amount of flood relief the county needed. It was $60 million, not $90 million.');
  });
});

describe('a headline fact is put right like for like', () => {
  it('a name swapped for a figure ("U.K." → "12") is no value put right: no "It is 12, not U.K."', () => {
    const older = storyOfLines(['U.K.', 'The council met on Monday.']);
    const newer = storyOfLines(['12', 'The council met on Monday.']);
    const note = proposeNote(older, newer, { date: DATE });
    expect(note.text).not.toMatch(/not U\.K/);
  });
});

describe('a figure is named with whose it is, as the article named them', () => {
  it('"The company posted revenue of …" is the revenue of the company named before', () => {
    const note = propose(
      [
        'Shares of Harlow Biotech fell 4% after Harlow Biotech reported a wider loss. The company posted revenue of $82 million in the quarter.',
      ],
      [
        'Shares of Harlow Biotech fell 4% after Harlow Biotech reported a wider loss. The company posted revenue of $28 million in the quarter.',
      ],
    );
    expect(note.text).toContain("misstated Harlow Biotech's revenue. It was $28 million, not $82 million.");
    expect(checkNoteGrammar(note.text)).toEqual([]);
  });
});

describe('a name read from further back is evidence of the correction', () => {
  it('the sentence that named the company stands in the change, so the name is involved', () => {
    const older = [
      'Harlow Biotech reported a wider loss on Monday. Analysts had expected a smaller one. Its shares fell 4%. Trading was heavy.',
      'The company posted revenue of $82 million in the quarter.',
    ];
    const note = propose(older, [older[0]!, 'The company posted revenue of $28 million in the quarter.']);
    expect(note.text).toContain("Harlow Biotech's revenue");
    const fix = note.changes.find((c) => c.type === 'corrected')!;
    expect(fix.evidence.some((e) => e.includes('Harlow Biotech reported'))).toBe(true);
  });
});

describe('a where/when clause names its subject as the article named it', () => {
  it('"where she grew up" → "where Teodora Vance grew up"; "where the company is based" → the company', () => {
    const she = propose(
      ['Teodora Vance took over the orchestra in June. She grew up in Tulsa and studied in Vienna.'],
      ['Teodora Vance took over the orchestra in June. She grew up in Wichita and studied in Vienna.'],
    );
    expect(she.text).toContain('misstated where Teodora Vance grew up. It was in Wichita, not Tulsa.');
    const firm = propose(
      ['Orlen Freight said Monday it would add 200 drivers. The company is based in Duluth, according to its filings.'],
      ['Orlen Freight said Monday it would add 200 drivers. The company is based in Fargo, according to its filings.'],
    );
    expect(firm.text).toContain('misstated where Orlen Freight is based. It is in Fargo, not Duluth.');
  });

  it('an orchestra swapped for another is no person', () => {
    const note = propose(
      ['Teodora Vance took over the orchestra in June. She was hired by the Calloway Symphony in 2014.'],
      ['Teodora Vance took over the orchestra in June. She was hired by the Brightwater Symphony in 2014.'],
    );
    expect(note.text).not.toMatch(/person named in it, who is Brightwater/);
  });
});

describe('round 7: update notes say what developed, with the names the article uses', () => {
  const base = ['A woman was shot outside a pharmacy on Birch Lane on Tuesday night, police said.', 'Her name was not released.'];

  it('a finding a source gave ("Police said it was …") is told as theirs, with its "it", not as bare comments', () => {
    const note = propose(base, [...base, 'Police said it was a robbery gone wrong.']);
    expect(note.text).toMatch(/police that it was a robbery gone wrong\.$/);
    expect(note.text).not.toMatch(/[Pp]olice was/);
  });

  it('a body named with whose it is ("State troopers said …") is credited in lower case, with what it found', () => {
    const older = ['Three trucks collided on Route 44 on Sunday, injuring two drivers.', 'The highway was closed for five hours.'];
    const note = propose(older, [
      ...older,
      'State troopers said they were still investigating and that it was not yet clear what caused the crash.',
    ]);
    expect(note.text).toBe('Comments from state troopers that it was unclear what caused the crash.');
  });

  it('a cause found is said whole, the passive turned round rather than cut ("caused by" never dropped)', () => {
    const older = ['A fire gutted a duplex on Orchard Street on Monday.', 'No one was hurt.'];
    const note = propose(older, [...older, 'Inspectors found the fire was started by a faulty dryer, Fire Marshal Lena Ruiz said.']);
    expect(note.text).toMatch(/a faulty dryer started the fire/);
  });

  it('a qualifier is never cut away: "all but 1,500" stays', () => {
    const older = ['A storm knocked out power to 40,000 customers in Ridley County on Monday.'];
    const note = propose(older, [...older, 'Ridley Electric said Wednesday that power had been restored to all but 1,500 customers.']);
    expect(note.text).toContain('all but 1,500 customers');
  });

  it('a response that replaces "did not respond" says what was said', () => {
    const older = [
      'Nadia Ferro sued the Dunmore school board in March over her firing.',
      'Board chair Paul Ostrom did not respond to requests for comment.',
    ];
    const newer = [
      'Nadia Ferro sued the Dunmore school board in March over her firing.',
      'Board chair Paul Ostrom said in an email Monday that the lawsuit was baseless and that the board would fight it.',
    ];
    expect(propose(older, newer).text).toMatch(/from board chair Paul Ostrom that the lawsuit was baseless/);
  });

  it("a company whose name reads like a person's is named whole, and not twice", () => {
    const older = [
      'A jury awarded $2 million to a former worker at Corvel Mining on Monday.',
      'Corvel Mining did not immediately respond to a request for comment.',
    ];
    const newer = [
      'A jury awarded $2 million to a former worker at Corvel Mining on Monday.',
      'Corvel Mining said in a statement Tuesday that it would appeal the award.',
    ];
    const text = propose(older, newer).text;
    expect(text).toMatch(/Corvel Mining that it would appeal/);
    expect(text).not.toMatch(/from Mining|Corvel Mining that Corvel Mining/);
  });

  it('"the patrol said" a driver was cited: a development from the body the article named, not "comments from Patrol"', () => {
    const older = ['A tour bus and a pickup collided on Interstate 81 near Marlow on Sunday, the State Highway Patrol said.'];
    const note = propose(older, [...older, 'The pickup driver was cited for speeding, the patrol said.']);
    expect(note.text).toMatch(/^The news that the pickup driver was cited for speeding, the State Highway Patrol said/);
    expect(note.text).not.toMatch(/from Patrol|(?<!Highway )Patrol's/);
  });

  it('a line right after the lead tells its "he" as the next development, not as "details on the jail"', () => {
    const older = ['Deputies are searching for a man who robbed a gas station in Carvel on Friday.'];
    const newer = [
      ...older,
      'Deputies arrested a 41-year-old Carvel man Sunday in connection with the robbery.',
      'He was charged with armed robbery and is being held in the Orin County jail.',
    ];
    const text = propose(older, newer).text;
    expect(text).toContain('that he was charged with armed robbery');
    expect(text).not.toMatch(/in connection with|details on the Orin County jail/);
  });
});

describe('round 7: a relative clause put into a line is a fact of its own', () => {
  it('"…, a think tank | that counts Orbis among its donors" is told of the name the appositive describes', () => {
    const older = ['Pay plans help buyers, said Ilse Moran, a fellow at the Harbor Policy Forum, a Boston-based think tank.'];
    const newer = [
      'Pay plans help buyers, said Ilse Moran, a fellow at the Harbor Policy Forum, a Boston-based think tank that counts Orbis among its donors.',
    ];
    const note = propose(older, newer);
    expect(note.kind).toBe('update');
    expect(note.text).toBe('The news that the Harbor Policy Forum counts Orbis among its donors.');
  });

  it('an inserted "who was …" is told of the person it follows', () => {
    const older = ['The council hired Rowan Beck, a consultant, to lead the audit of the water fund.'];
    const newer = ['The council hired Rowan Beck, a consultant who was fired by the county in 2019, to lead the audit of the water fund.'];
    expect(propose(older, newer).text).toContain('Rowan Beck was fired by the county in 2019');
  });

  it('a clause after an appositive with a phrase of its own ("a lawyer for the nurse | who …") is pinned on no one', () => {
    const older = ['The hospital broke the law, said Ivo Brandt, a lawyer for the nurse.'];
    const newer = ['The hospital broke the law, said Ivo Brandt, a lawyer for the nurse who was fired in May.'];
    expect(propose(older, newer).text).not.toMatch(/Ivo Brandt was fired/);
  });
});

describe('round 7 review: sources and clauses read right', () => {
  const before = ['A fire gutted a vacant warehouse on Elm Street on Sunday night.'];

  it('a count or a plain modifier before a body is no name: "seven officers", "hospital officials"', () => {
    const counted = propose(before, [...before, 'Seven firefighters said the roof collapsed within minutes.']);
    expect(counted.text).not.toMatch(/Seven firefighters/);
    const modified = propose(before, [...before, 'Hospital officials said they hoped to reopen the clinic next week.']);
    expect(modified.text).not.toMatch(/Hospital officials/);
    expect(modified.text).toMatch(/hospital officials/);
  });

  it('a subject with its auxiliary is no speaker: "The ruling can be | appealed, said …"', () => {
    const older = [...before, 'The ruling can be appealed, said Nora Vance, a lawyer for the owner.'];
    const newer = [...before, 'The ruling can be appealed, said Nora Vance, a lawyer for the owner who bought the site in 2019.'];
    const note = propose(older, newer);
    expect(note.changes.flatMap((c) => c.sources)).not.toContain('the ruling can be');
  });

  it('a clause is never a subject alone ("two of the injured") nor cut inside an "of" phrase ("by a quarter | of a point")', () => {
    const injured = propose(before, [...before, 'Two of the injured were in serious condition Monday, the hospital said.']);
    expect(injured.text).not.toMatch(/the news that two of the injured\./i);
    const rate = propose(before, [...before, 'The levy was raised by a quarter of a percentage point.']);
    expect(rate.text).not.toMatch(/by a quarter\./);
  });
});
