/**
 * Round 18 (fix18s): developments told by their clause, not their topic or their source only. A
 * clause told before its credit is the source's reported clause; a pronoun opening a later joined
 * clause is the first clause's subject; a later clause with a source of its own is told though the
 * first carried one too; a "post" with no platform is no media line. All copy invented; each rule
 * has near misses that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { inventedStory } from '../../../tests/support/note-stories';
import { proposeNote } from './propose';
import { isRetoldReportedClause } from './attributed-clause';
import { withJoinedSubject } from './joined-pronoun';
import { copiedFragment } from './grammar';
import { firstNews } from './news-clause';
import { salientTopics } from './topics';
import { isCleanTopic } from './describe';
import { asideOfSameVoice } from './same-voice-aside';
import { quoteOccasion } from './quote-occasion';

const DATE = '2026-11-06T10:00:00-05:00';
/** The note when `line` is put into the story's paragraphs at `at`. */
const added = (head: string, paragraphs: string[], at: number, line: string) =>
  proposeNote(inventedStory(head, paragraphs), inventedStory(head, [...paragraphs.slice(0, at), line, ...paragraphs.slice(at)]), {
    date: DATE,
  }).text;
/** The note when paragraph `at` is rewritten as `line`. */
const rewritten = (head: string, paragraphs: string[], at: number, line: string) =>
  proposeNote(
    inventedStory(head, paragraphs),
    inventedStory(
      head,
      paragraphs.map((p, k) => (k === at ? line : p)),
    ),
    {
      date: DATE,
    },
  ).text;

/** The article's words as the copying check marks them: lower case, each clause end a "|". */
const marked = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/([\p{L}\p{N}’'])\s*[.;,!?]+(?=\s|$)/gu, '$1 |')
    .replace(/\s+/g, ' ')} `.replace(/\s*\|\s*/g, ' | ');
const OPENER = String.raw`\bthat|\b(?:said|says|announced|confirmed|added|reported|told \S+)`;

describe('a clause told before its credit is the source’s reported clause (attributed-clause.ts)', () => {
  const article = 'Tenants who already paid the deposit will not have to pay it a second time, housing officials said Friday.';
  it.each([
    ['tenants who already paid the deposit will not have to pay it a second time', true],
    // The clause reader drops "already" as a hedge: still the article's clause.
    ['tenants who paid the deposit will not have to pay it a second time', true],
    // Cut short: a run out of the middle of the clause.
    ['tenants who already paid the deposit will not have to pay', false],
    // Another word in the clause's place is no retelling.
    ['tenants who paid the fee will not have to pay it a second time', false],
  ])('"%s": %s', (words, whole) => {
    expect(isRetoldReportedClause(words, marked(article), OPENER)).toBe(whole);
  });

  it('a clause the sentence goes on from, with no credit after it, is no reported clause', () => {
    const plain = 'Tenants who already paid the deposit will not have to pay it a second time, and the office will reopen Monday.';
    expect(isRetoldReportedClause('tenants who paid the deposit will not have to pay it a second time', marked(plain), OPENER)).toBe(false);
  });

  it('a perfect told in the past after "said" is the article’s clause still', () => {
    const said = 'The clinic said Monday the patient had been moved out of intensive care and was resting comfortably.';
    expect(isRetoldReportedClause('the patient was moved out of intensive care and was resting comfortably', marked(said), OPENER)).toBe(
      true,
    );
    expect(isRetoldReportedClause('the patient was moved out of intensive care', marked(said), OPENER)).toBe(false);
  });

  it('the copying check lets the whole clause through after "that", not a run from it', () => {
    const text = 'Harbor Gas customers who already reset their meters will not need to call the utility again, officials said Thursday.';
    expect(
      copiedFragment(
        'Comments from officials that Harbor Gas customers who reset their meters will not need to call the utility again.',
        text,
      ),
    ).toBe('');
    expect(copiedFragment('Details on how customers who already reset their meters will not need to call.', text)).not.toBe('');
  });

  it('the wire shape tells its news, credited, not its source alone', () => {
    const note = added(
      'Toll bridge fee glitch double-charges drivers',
      [
        'Drivers crossing the Keel River toll bridge were charged twice for the same trip on Monday after a billing error, the bridge authority said.',
        'About 9,000 accounts were affected, according to the authority.',
        'The authority said refunds would appear within a week.',
      ],
      3,
      'Drivers who already disputed the charge will not need to file a second claim, officials said Tuesday.',
    );
    expect(note).toMatch(/that drivers who disputed the charge will not need to file a second claim/);
    expect(note).not.toMatch(/^Update, Nov\. 6: (?:Additional comments from officials|Details on drivers)\.$/);
  });
});

describe('a pronoun opening a later joined clause is the first clause’s subject (joined-pronoun.ts)', () => {
  it.each([
    ['he was upgraded to fair condition', 'the cyclist was taken to Bay General', 'the cyclist was upgraded to fair condition'],
    ['she was released on bond', 'Ada Vinter was booked into the county jail', 'Ada Vinter was released on bond'],
    ['they were allowed to return home', 'the tenants were evacuated overnight', 'the tenants were allowed to return home'],
    ['it reopened at noon', 'the bridge was closed for inspection', 'the bridge reopened at noon'],
    // Near misses: the pronoun does not agree, or the subject is no noun phrase.
    ['she was released on bond', 'the tenants were evacuated overnight', 'she was released on bond'],
    ['it reopened at noon', 'the driver was taken to Bay General', 'it reopened at noon'],
    ['he was upgraded to fair condition', 'they took the cyclist to Bay General', 'he was upgraded to fair condition'],
    ['crews reopened the road', 'the bridge was closed for inspection', 'crews reopened the road'],
  ])('"%s" after "%s" → "%s"', (clause, earlier, told) => {
    expect(withJoinedSubject(clause, earlier)).toBe(told);
  });

  it('the note names the one the later clause speaks of', () => {
    const note = rewritten(
      'Cyclist hurt in Dunmore Avenue crash',
      [
        'A cyclist was struck by a pickup truck on Dunmore Avenue on Friday evening, police said.',
        'The cyclist was taken to Bay General Hospital in critical condition.',
        'The driver stayed at the scene and was not cited.',
      ],
      1,
      'The cyclist was taken to Bay General Hospital in critical condition, and police said Saturday he has since been upgraded to fair condition.',
    );
    expect(note).toMatch(/the cyclist was upgraded to fair condition/);
    expect(note).not.toMatch(/\bhe was upgraded/);
  });
});

describe('a later clause with a source of its own is told (firstNews)', () => {
  // (The first clause is the old copy's, so the sentence's news is its second.)
  const older = 'Body found at boat ramp\n\nA body was found Sunday near the Pell County boat ramp. A pathologist found no sign of injury.';
  const line = 'A pathologist found no sign of injury, and the coroner said Monday the death was ruled a drowning.';
  it('the coroner’s clause leads, with its own credit', () => {
    expect(firstNews(line, older, `${older} ${line}`)?.clause).toBe('the death was ruled a drowning');
  });
  it('a later clause with no source of its own is still not told apart from the first one’s', () => {
    const owned = 'A pathologist found no sign of injury, and the death was ruled a drowning.';
    expect(firstNews(owned, older, `${older} ${owned}`)).toBeNull();
  });
});

describe('a "post" with no platform named is no media line (mediaLine)', () => {
  const paragraphs = [
    'Classes at Orrin Valley High School were canceled Wednesday after a threat was posted online Tuesday night.',
    'Police said officers were looking into the threat.',
  ];
  it('the added line’s news is told', () => {
    const note = added(
      'Orrin Valley High closed after threat',
      paragraphs,
      2,
      'Police said Wednesday afternoon that a 16-year-old student had been identified as the author of the post.\n\nThe threat was not credible, police said.',
    );
    expect(note).toMatch(/a 16-year-old student was identified as the author of the post/);
  });
  it('a video on a named platform is still told as media', () => {
    const note = added(
      'Orrin Valley High closed after threat',
      paragraphs,
      2,
      'A video posted on Facebook shows students leaving the school in buses Wednesday morning.',
    );
    expect(note).not.toMatch(/the news that/i);
    expect(note).toMatch(/video/i);
  });
});

describe('a figure in a topic keeps its currency sign (topics.ts nounPhrases, describe.ts isCleanTopic)', () => {
  it('"$75,000 bail", never "75,000 bail"', () => {
    const line = 'He is being held on $75,000 bail.';
    expect(salientTopics([line], 'Story', line).map((t) => t.text)).toContain('$75,000 bail');
    expect(salientTopics(['The county approved about $40,000 repairs.'], 'Story').map((t) => t.text)).toContain('about $40,000 repairs');
    expect(isCleanTopic('$75,000 bail')).toBe(true);
    // A sign alone, or before no figure, opens no topic.
    expect(isCleanTopic('$ bail')).toBe(false);
  });
});

describe('words put in beside a development, credited as before, are no new comments (same-voice-aside.ts)', () => {
  const paragraphs = [
    'Floodwaters from the Sava River swept through three villages in eastern Croatia over the weekend.',
    'At least 6 people have died, regional officials said.',
    'Army units were sent to help evacuate residents.',
  ];
  const head = 'Floods in eastern Croatia';
  it('the new toll is the news, not a second credit to the same officials', () => {
    const note = rewritten(head, paragraphs, 1, 'At least 9 people have died, regional officials said on Monday, up from 6 a day earlier.');
    expect(note).toMatch(/new death toll/i);
    expect(note).not.toMatch(/comments from regional officials|the news that at least 9/);
  });
  it.each([
    ['on Monday, up from 6 a day earlier', 'regional officials', 'regional officials', true],
    // Another source now credited, or a clause of its own, is news of its own.
    ['on Monday, up from 6 a day earlier', 'regional officials', 'the Interior Ministry', false],
    ['and rescuers were still searching for two people', 'regional officials', 'regional officials', false],
    ['on Monday', undefined, 'regional officials', false],
    ['on Monday, up from 6 a day earlier', undefined, undefined, true],
  ])('"%s" (%s → %s): %s', (words, was, now, aside) => {
    expect(asideOfSameVoice(words, was, now)).toBe(aside);
  });
});

describe('the deed a quotation’s credit is set after is the line’s news (quote-occasion.ts)', () => {
  it.each([
    [
      '"It is a sad day for this town," council member Rosa Tan said after the council voted 6-1 to sell the water utility.',
      'The council voted 6-1 to sell the water utility.',
    ],
    [
      '"We will keep fighting," union leader Dev Kale said shortly after the company announced 300 layoffs.',
      'The company announced 300 layoffs.',
    ],
    // Near misses: no clause, a pronoun's deed, no quotation.
    ['"It is a sad day for this town," council member Rosa Tan said after the meeting.', ''],
    ['"It is a sad day for this town," Tan said as she left the building.', ''],
    ['Council member Rosa Tan said after the council voted 6-1 to sell the water utility that it was a sad day.', ''],
  ])('%s → "%s"', (line, deed) => {
    expect(quoteOccasion(line)).toBe(deed);
  });

  it('the note tells the deed first and credits the quotation after it', () => {
    const note = added(
      'Council weighs sale of water utility',
      [
        'The Ashmore City Council met Monday night to debate selling the city’s water utility to a private company.',
        'Dozens of residents spoke against the sale.',
      ],
      2,
      '"It is a sad day for this town," council member Rosa Tan said after the council voted 6-1 to sell the utility to Crestline Water.',
    );
    expect(note).toMatch(/the council voted 6-1 to sell the utility/);
    expect(note).toMatch(/comments from .*Rosa Tan/);
  });
});
