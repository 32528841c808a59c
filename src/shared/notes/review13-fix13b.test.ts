/**
 * Round 13 (branch fix13b): a development told by what happened — a promised act done, a person
 * moved in custody, what a source said "in <place>" or "after <occasion>" — never "Details on
 * <person>" or a bare "Additional comments from …". Every example is invented here, each rule
 * with a near miss that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { storyOfLines as story } from '../../../tests/support/note-stories';
import { promiseKept } from './promise-kept';
import { tellsCustodyMove } from './custody-moves';
import { cutsJoinedPredicate } from './joined-predicate-cut';
import { nameAfterTitleOf, withTitleOf } from './titled-of-name';
import { compressClause } from './news-clause';

const note = (before: string[], after: string[]) => proposeNote(story(before), story(after), { date: '2026-11-06' });

const HEAD = 'Harbor levy fight reaches the statehouse';
const OPENING = 'BRENMOOR — A fight over the harbor levy moved to the statehouse this week, as dock owners pressed lawmakers to cap it.';

describe('a promised act that happened', () => {
  it('tells the act done as news, not as a rewording or details on the person', () => {
    const was = [HEAD, OPENING, 'Sen. Ivo Marsh (R-Tallow) said he would file the levy repeal bill in the Senate.'];
    const now = [HEAD, OPENING, 'Sen. Ivo Marsh (R-Tallow) filed the levy repeal bill in the Senate on Thursday.'];
    const out = note(was, now);
    expect(out.kind).toBe('update');
    expect(out.note).toMatch(/news that Sen\. Ivo Marsh filed the levy repeal bill in the Senate on Thursday\./);
    expect(out.note).not.toMatch(/Details on/);
  });

  it('reads the done act by its lemma, an irregular past too, for the same subject', () => {
    expect(promiseKept('The port board said it would sell the east pier.', 'The port board sold the east pier to Calder Marine.')).toBe(
      'The port board sold the east pier to Calder Marine',
    );
    expect(promiseKept('Mayor Ula Fenn said she would sign the order.', 'Mayor Ula Fenn signed the order Tuesday.')).toBe(
      'Mayor Ula Fenn signed the order Tuesday',
    );
  });

  it('near miss: the plan still stands, with a day or a detail added', () => {
    expect(promiseKept('Sen. Ivo Marsh said he would file the bill.', 'Sen. Ivo Marsh said he would file the bill on Monday.')).toBe('');
    expect(promiseKept('Chief Ada Lusk said she would resign.', 'Chief Ada Lusk said Tuesday she would resign.')).toBe('');
    const was = [HEAD, OPENING, 'Sen. Ivo Marsh said he would file the levy repeal bill.'];
    const now = [HEAD, OPENING, 'Sen. Ivo Marsh said he would file the levy repeal bill on Monday.'];
    expect(note(was, now).note).not.toMatch(/The news that/);
  });

  it('near miss: someone else did it, or it was not done', () => {
    expect(promiseKept('Sen. Ivo Marsh said he would file the bill.', 'Rep. Cora Vance filed the bill.')).toBe('');
    expect(promiseKept('Sen. Ivo Marsh said he would file the bill.', 'Sen. Ivo Marsh did not file the bill.')).toBe('');
    expect(promiseKept('Sen. Ivo Marsh said the bill was filed.', 'Sen. Ivo Marsh filed the bill.')).toBe('');
  });
});

describe('a person moved or held in custody', () => {
  it('tells the move as news, not as additional comments from the office', () => {
    const before = [
      'Suspect in Quell Bay arson caught',
      'QUELL BAY — Police arrested Ren Talbot on Friday in connection with the warehouse fire.',
    ];
    const after = [
      ...before,
      'The county prosecutor said Saturday that Talbot had been transferred to Ashby and was being held at the regional jail.',
    ];
    const out = note(before, after).note;
    expect(out).toMatch(/Talbot was transferred to Ashby/);
    expect(out).not.toMatch(/Additional comments from the county prosecutor\.$/);
  });

  it('reads a move to a place or a holding, and a person held there', () => {
    expect(tellsCustodyMove('Talbot was flown to Port Ness')).toBe(true);
    expect(tellsCustodyMove('Talbot is being held at the county jail')).toBe(true);
    expect(tellsCustodyMove('Talbot was booked into the city jail')).toBe(true);
  });

  it('near miss: a meeting moved to a day, or someone moved to tears', () => {
    expect(tellsCustodyMove('the hearing was moved to Thursday')).toBe(false);
    expect(tellsCustodyMove('the vote was moved to March')).toBe(false);
    expect(tellsCustodyMove('the widow was moved to tears')).toBe(false);
  });
});

describe('a cut after a joined verb group', () => {
  it('falls before the join rather than leave "and was being held" bare', () => {
    const words = 'Talbot was taken to Ashby and was being held at the regional jail'.split(' ');
    expect(cutsJoinedPredicate(words.slice(0, 9), words)).toBe(true);
  });

  it('near miss: a joined predicate that kept its object is whole', () => {
    const words = 'Troopers stopped the truck and arrested the driver near the depot'.split(' ');
    expect(cutsJoinedPredicate(words.slice(0, 8), words)).toBe(false);
  });
});

describe('what a source said in a place or after an occasion', () => {
  it('reads the place and the day between "said" and "that" as the frame of the saying', () => {
    const told = compressClause(
      'Trade Minister Pia Oduya said in Varenholt, Denmark, on Tuesday that the grain talks with Estavia would resume next week.',
      '',
    );
    // (A plan with its time set keeps the "will" reported speech moved to "would": reported-plans.ts, round 14.)
    expect(told?.clause).toBe('the grain talks with Estavia will resume next week');
    const after = compressClause('The mayor’s office said after the hearing that Fenn would meet the dock owners on Friday.', '');
    expect(after?.clause).toBe('Fenn will meet the dock owners on Friday');
  });

  it('near miss: with no "that", a place after "said" is not taken for the frame', () => {
    const told = compressClause('Pia Oduya said in Varenholt the talks would resume.', '');
    expect(told?.clause ?? '').not.toBe('the talks would resume');
  });
});

describe('a title joined by "of" before a name', () => {
  it('credits the person at the run’s end', () => {
    expect(nameAfterTitleOf('Secretary of State Lena Moss')).toBe('Lena Moss');
    expect(nameAfterTitleOf('Minister of Harbors and Ports Ola Quint')).toBe('');
    expect(nameAfterTitleOf('Chief of Staff Bo Renner')).toBe('Bo Renner');
  });

  it('near miss: a body named with "of" is no title', () => {
    expect(nameAfterTitleOf('Bank of Avon Hill')).toBe('');
    expect(nameAfterTitleOf('Secretary of State')).toBe('');
  });

  it('introduces the person whole, title word and all', () => {
    const text = 'Grain talks stall. Secretary of State Lena Moss said the talks would go on.';
    expect(withTitleOf('State Lena Moss', text)).toBe('Secretary of State Lena Moss');
    expect(withTitleOf('Avon Hill', 'Shares of the Bank of Avon Hill fell.')).toBe('Avon Hill');
  });

  it('tells what a new voice said in a place, credited by the whole title', () => {
    const before = ['Grain talks stall in Varenholt', 'VARENHOLT — Talks on the grain corridor broke off on Monday without a deal.'];
    const after = [
      ...before,
      'Secretary of State Lena Moss said in Ostrava, Czechia, on Tuesday that the grain talks with Estavia would resume next week.',
    ];
    const out = note(before, after).note;
    // (A plan with its time set is told as news, its "would" the "will" it was: reported-plans.ts, round 14.)
    expect(out).toMatch(/Secretary of State Lena Moss' report that the grain talks with Estavia will resume next week/);
    expect(out).not.toMatch(/Details on Ostrava/);
  });
});
