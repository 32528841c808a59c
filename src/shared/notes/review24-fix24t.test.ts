/**
 * Round 24, titles (fix24t): a post put right is read from the noun phrase set beside a person, never
 * judged rewording by the word's kind — a role no list names ("fisherman, Ann Roe"), and a lede's post
 * whose holder the next sentence names. The post is told whole: its owner and head kept ("the NDP
 * leader", "… district judge"), a body both share told once, a post one of many hold told "a …", a
 * body's words run into the holder's name cut ("Director of Campus Safety Mark Welker"). Invented copy only.
 */
import { describe, expect, it } from 'vitest';
import { noteForEdit } from '../../../tests/support/note-stories';
import type { StoryFrame } from '../../../tests/support/note-stories';
import { heldPostPhrase, heldPostPutRight } from './held-posts';

const floodStory: StoryFrame = {
  head: 'Two die as river floods valley',
  before: ['The Tarn River burst its banks on Sunday after three days of rain.'],
  after: ['Rescue crews searched the valley through the night, officials said.'],
  date: '2026-03-04',
};

/** A story whose lede describes its subject by post alone, naming her in the next sentence. */
const ledeFrame = (named: string): StoryFrame => ({
  head: 'Budget plan draws protest in Harwick',
  before: [],
  after: [named, 'The council will vote on the plan next month.'],
  date: '2026-03-04',
});

/** The note for an edit, which must be a correction. */
function corrected(frame: StoryFrame, was: string, now: string) {
  const n = noteForEdit(frame, was, now);
  expect(n.kind).toBe('correction');
  return n;
}

/** The lede's commissioner put right: "finance" → "parks". */
const commissionerPutRight = (frame: StoryFrame) =>
  noteForEdit(
    frame,
    'Residents were urged to accept the cuts by the finance commissioner as the city faces a deficit.',
    'Residents were urged to accept the cuts by the parks commissioner as the city faces a deficit.',
  );

const boardStory: StoryFrame = {
  head: 'Ferry contract goes to vote',
  before: ['The Tarn Harbor board met on Tuesday to weigh a new ferry contract.'],
  after: ['The board will vote on the contract next month, members said.'],
  date: '2026-03-04',
};

describe('a role noun put right beside a person is never rewording', () => {
  it('a role no list names, set before the name and a comma, is the person misidentified', () => {
    const n = corrected(
      floodStory,
      'Among the dead is 52-year-old boatbuilder, Orla Keaney, of Millbrook.',
      'Among the dead is 52-year-old beekeeper, Orla Keaney, of Millbrook.',
    );
    expect(n.note).toMatch(/misidentified Orla Keaney as a boatbuilder\. Keaney is a beekeeper\.$/);
    expect(n.note).not.toMatch(/year-old/);
  });

  it("a lede's post put right is told as held by the person the next sentence names", () => {
    const frame = ledeFrame('Mara Lindqvist said the plan would close two libraries.');
    const n = commissionerPutRight(frame);
    expect(n.kind).toBe('correction');
    expect(n.note).toMatch(/Lindqvist is the parks commissioner, not the finance commissioner\.$/);
  });

  it('a former post in the lede keeps the owner once and is told in the past', () => {
    const frame = ledeFrame('Dana Whitcombe was found guilty of fraud in March.');
    const n = corrected(
      frame,
      'A former Harwick Fire Department captain convicted of fraud has been sentenced to four years in prison.',
      'A former Harwick Fire Department lieutenant convicted of fraud has been sentenced to four years in prison.',
    );
    expect(n.note).toMatch(/Whitcombe was a Harwick Fire Department lieutenant, not a captain\.$/);
  });

  it('a post without a name outside the lede gives no holder: no name is invented', () => {
    const frame: StoryFrame = {
      ...ledeFrame('Mara Lindqvist said the plan would close two libraries.'),
      before: ['The plan was published on Monday.'],
    };
    const n = commissionerPutRight(frame);
    expect(n.note).not.toMatch(/Lindqvist is the parks commissioner/);
  });
});

/** Posts put right in the board story: what each case shows, the two versions, and the note's end. */
const POSTS_TOLD: [string, string, string, RegExp][] = [
  [
    'a party\'s leader keeps the party: never "the leader" alone',
    'TLP transport critic Ines Varga said the contract was too costly.',
    'TLP Leader Ines Varga said the contract was too costly.',
    /Varga is the TLP leader, not a transport critic\.$/,
  ],
  [
    'a body both titles share is told once, and the sentence capital is lowered',
    'Head coach of Tarn League side Harwick Rovers, Piet Olander says his team will contest the title.',
    'Assistant coach of Tarn League side Harwick Rovers, Piet Olander says his team will contest the title.',
    /Olander is the assistant coach of Tarn League side Harwick Rovers, not its head coach\.$/,
  ],
  [
    'a post one of many hold at a body is "a …", never "its …"',
    'The fog lifted by noon, said Ruth Amsel, hydrologist with the Tarn Weather Office.',
    'The fog lifted by noon, said Ruth Amsel, meteorologist with the Tarn Weather Office.',
    /misidentified Ruth Amsel as a hydrologist\. Amsel is a meteorologist with the Tarn Weather Office\.$/,
  ],
  [
    "a body's words run into the holder's name are cut from it",
    'The committee has written to Assistant Director of Harbor Safety Mark Ostrow about the night ferries.',
    'The committee has written to Director of Harbor Safety Mark Ostrow about the night ferries.',
    /misstated Mark Ostrow's title\. Ostrow is the director of Harbor Safety/,
  ],
  [
    'a judge\'s post keeps its head, "judge"',
    'Senior Civil Judge Tariq Anwar Qureshi adjourned the hearing.',
    'Additional District and Sessions Judge Tariq Anwar Qureshi adjourned the hearing.',
    /Qureshi is an additional district and sessions judge, not a senior civil judge\.$/,
  ],
  [
    'an unchanged noun before a role set ahead of a name stays with it',
    'The finding was welcomed by survey coauthor Lena Brightwater, a biologist at Tarn University.',
    'The finding was welcomed by survey lead Lena Brightwater, a biologist at Tarn University.',
    /misidentified Lena Brightwater as a survey coauthor\. Brightwater is a survey lead\.$/,
  ],
  [
    'a state\'s attorney general is "the", and the wrong post keeps no stray capital',
    'The contract was referred for review, Solicitor General Dara Pell announced Tuesday.',
    'The contract was referred for review, Attorney General Dara Pell announced Tuesday.',
    /Pell is the attorney general, not the solicitor general\.$/,
  ],
  [
    'a cabinet minister is one of many: "a cabinet minister"',
    'Cabinet minister Yael Dror of the Tarn Unity party said the funds were paid every year.',
    'Parliament member Yael Dror of the Tarn Unity party said the funds were paid every year.',
    /not a cabinet minister\.$/i,
  ],
];

describe('a post told whole', () => {
  it.each(POSTS_TOLD)('%s', (_, was, now, told) => {
    expect(corrected(boardStory, was, now).note).toMatch(told);
  });

  it('a post after a name is told in lower case, its body as printed (an ampersand kept)', () => {
    const [was, now] = [
      'The study was praised by Lior Abend, Provost of Tarn University, who called it sound.',
      'The study was praised by Lior Abend, Interim President of Tarn University, who called it sound.',
    ];
    const found = heldPostPutRight(was, now, now);
    expect(found && heldPostPhrase(found)).toBe(
      "misstated Lior Abend's title. Abend is the interim president of Tarn University, not its provost",
    );
    const m = noteForEdit(
      boardStory,
      'Ivo Marsh, director of the Harwick Department of Parks & Recreation, said the fees would rise.',
      'Ivo Marsh, deputy director of the Harwick Department of Parks & Recreation, said the fees would rise.',
    );
    expect(m.note).toMatch(/the Harwick Department of Parks & Recreation, not its director\.$/);
  });

  it('near miss: a word for the same role is still restyling', () => {
    const n = noteForEdit(
      floodStory,
      'Among the dead is 52-year-old lawyer, Orla Keaney, of Millbrook.',
      'Among the dead is 52-year-old attorney, Orla Keaney, of Millbrook.',
    );
    expect(n.kind).not.toBe('correction');
  });
});
