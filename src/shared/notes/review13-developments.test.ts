/**
 * Round 13 (branch dev13s): a development told as news, not as "Details on …" or "Additional
 * comments from …". Every example is invented here, with a near miss for each rule.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { storyOfLines as story } from '../../../tests/support/note-stories';
import { coordinated } from './news-clause';
import { plainVoice } from './formal-voice';
import { bodyNamedByInitials } from './initials-names';
import { withPhraseNews } from './with-news';
import { withoutEventOpening } from './event-openers';
import { sharedSubjectDeed } from './shared-subject';
import { expectedAtTime } from './estimated-times';
import { tellsWayState } from './way-states';

const OLD = ['Crash shuts Route 14 near Orlin', 'ORLIN — A crash shut Route 14 east of Orlin on Monday morning, state police said.'];
const noteFor = (line: string) => proposeNote(story(OLD), story([...OLD, line]), { date: '2026-11-06' }).note;

describe('two clauses joined by "and" with no comma', () => {
  it('tells both, never the second cut before its verb', () => {
    const note = noteFor('The wreck was towed away and the westbound lanes were reopened by 2 p.m.');
    expect(note).toMatch(/the westbound lanes were reopened by 2 p\.m\./);
    expect(note).not.toMatch(/and the westbound lanes\.$/);
  });

  it('splits only where each side has its own subject and verb', () => {
    expect(coordinated('The wreck was towed away and the westbound lanes were reopened by 2 p.m.')).toEqual([
      'The wreck was towed away',
      'the westbound lanes were reopened by 2 p.m.',
    ]);
  });

  it('near miss: joined verbs of one subject, or joined nouns, stay one clause', () => {
    const one = 'Troopers stopped the truck and arrested the driver near Orlin.';
    expect(coordinated(one)).toEqual([one]);
    const nouns = 'The driver and a passenger were taken to Orlin General.';
    expect(coordinated(nouns)).toEqual([nouns]);
  });

  it('near miss: two places joined inside a phrase are no second clause', () => {
    const places = 'Route 14 was closed between Orlin and Dace Falls after a culvert gave way.';
    expect(coordinated(places)).toEqual([places]);
    expect(noteFor(places)).toMatch(/between Orlin and Dace Falls/);
  });

  it('near miss: a speaker before the join owns both clauses', () => {
    const said = 'Police said the wreck was towed away and the lanes were reopened.';
    expect(coordinated(said)).toEqual([said]);
  });
});

describe("a road's state told as news", () => {
  it('tells "all lanes are open" after an opening that names the crash and its place', () => {
    const note = noteFor(
      'Following a two-vehicle collision on Route 14, east of the Marl River, troopers can advise that all lanes of travel are open.',
    );
    expect(note).toMatch(/all lanes of travel (?:are|were) open/);
    expect(note).not.toMatch(/Details on/);
  });

  it('reads a second way "also closed" as a state too', () => {
    expect(tellsWayState('the two right lanes on Route 9 are also closed')).toBe(true);
    expect(tellsWayState('the two right lanes on Route 9 are also narrow')).toBe(false);
  });

  it('near miss: a pool or a path "open" at set hours is no development', () => {
    const note = noteFor('The Orlin town pool is open to swimmers from 9 a.m. on weekends.');
    expect(note).not.toMatch(/news that the Orlin town pool/);
  });

  it('reads "re-opened" as "reopened", and tells it in the past', () => {
    const note = noteFor('Route 14 has re-opened, but traffic is heavy near Orlin.');
    expect(note).toMatch(/Route 14 re-opened/);
  });

  it('near miss: a road already told closed in the old version and still closed is no news', () => {
    const note = noteFor('A crash shut Route 14 east of Orlin on Monday morning.');
    expect(note).not.toMatch(/news that/);
  });
});

describe('a source that speaks formally', () => {
  it('credits "X can advise that" as "X said that"', () => {
    // (Since round 24 a report is told as reported speech, credited after it.)
    expect(noteFor('The Orlin police service can advise that the eastbound lanes are open.')).toMatch(
      /the eastbound lanes (?:are|were) open, the Orlin police service said/,
    );
  });

  it('near miss: "can advise" someone is no statement', () => {
    expect(plainVoice('Pharmacists can advise patients on dosing.')).toBe('Pharmacists can advise patients on dosing.');
    expect(plainVoice('Police can confirm that the road is open.')).toBe('Police said that the road is open.');
  });
});

describe('a name that ends on initials', () => {
  it('keeps the body\'s name whole ("Drive MB"), never a person "MB"', () => {
    expect(bodyNamedByInitials(['Drive', 'MB'])).toBe('Drive MB');
    expect(noteFor('Drive MB says that Route 14 is expected to reopen at 2 p.m.')).toMatch(/Drive MB/);
  });

  it("near miss: a Roman numeral or a suffix ends a person's name", () => {
    expect(bodyNamedByInitials(['Peter', 'Vance', 'III'])).toBe('');
    expect(bodyNamedByInitials(['Monday', 'RCMP'])).toBe('');
  });
});

describe('news in a trailing "with" phrase', () => {
  it('tells the phrase as a clause', () => {
    const note = noteFor("Crews stayed near Orlin overnight, with the smoke warning downgraded to 'advice'.");
    expect(note).toMatch(/the smoke warning was downgraded to 'advice'/);
  });

  it('near miss: "with the help of" tells no event', () => {
    expect(withPhraseNews('Neighbors cleared the road, with the help of volunteers.')).toBeNull();
  });
});

describe('an opening that names the event it follows', () => {
  it('goes, with its place aside', () => {
    expect(withoutEventOpening('Following a crash on Route 14, east of Orlin, troopers closed the ramp.')).toBe(
      'troopers closed the ramp.',
    );
  });

  it('near miss: an opening with a verb of its own stays', () => {
    const line = 'After the driver fled, troopers closed the ramp.';
    expect(withoutEventOpening(line)).toBe(line);
  });
});

describe('a second deed of the same subject after a comma', () => {
  it('tells it with the subject it shares', () => {
    const note = noteFor('The blaze was contained within an hour, but displaced six families from the Marl Street flats.');
    expect(note).toMatch(/the blaze displaced six families/);
  });

  it('near miss: a shared passive ("was arrested, and charged with theft") stays one clause', () => {
    expect(sharedSubjectDeed('The driver was arrested, and charged with reckless driving.')).toBeNull();
    expect(sharedSubjectDeed('The blaze was contained, but displaced six families.')).toEqual({
      before: 'The blaze was contained',
      clause: 'the blaze displaced six families',
    });
  });
});

describe('a time given as a noun ("the estimated time of the bridge reopening is …")', () => {
  it("is told as what is expected, in the note's own words", () => {
    expect(expectedAtTime('the estimated time of the Marl bridge reopening is 4:30 p.m.')).toBe(
      'the Marl bridge was expected to reopen at 4:30 p.m.',
    );
    expect(noteFor('Orlin Transit says that the estimated time of the ramp reopening is 4:30 p.m.')).toMatch(
      /the ramp was expected to reopen at 4:30 p\.m\./,
    );
  });

  it('near miss: a time with nothing named to reopen, or no time at all, stays as written', () => {
    expect(expectedAtTime('the estimated time of reopening is 4:30 p.m.')).toBe('the estimated time of reopening is 4:30 p.m.');
    expect(expectedAtTime('the estimated time of the bridge reopening is unknown')).toBe(
      'the estimated time of the bridge reopening is unknown',
    );
  });
});

describe('an agency addressing the public ("reminds commuters that")', () => {
  it('is credited with what it said, and the clause never ends on "due"', () => {
    const note = noteFor(
      'An update from OrlinRoads on Twitter reminds commuters that Route 14 remains closed between Pell Road and Vane Road due to a jackknifed truck.',
    );
    expect(note).toMatch(/OrlinRoads['’]s? report that Route 14 remains closed between Pell Road and Vane Road/);
    expect(note).not.toMatch(/\bdue\b(?! to)/);
    expect(note).not.toMatch(/Twitter/);
  });

  it('near miss: reminding someone of a thing, with no "that", is no statement', () => {
    const line = 'The mayor reminds residents of the curfew.';
    expect(plainVoice(line)).toBe(line);
    expect(plainVoice('OrlinRoads reminds commuters that the ramp is shut.')).toBe('OrlinRoads said that the ramp is shut.');
  });
});
