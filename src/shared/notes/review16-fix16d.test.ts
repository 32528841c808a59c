import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { storyOfLines as story } from '../../../tests/support/note-stories';
import { saidNews, verbAndObject } from './said-news';
import { shorterTellings } from './shorter-tellings';
import { institutionEndingInPlace } from './placed-institutions';
import { sourceFromRaw } from './attribution';
import { statusMoved, statusTellings } from './status-news';

/**
 * Round sixteen, fix16d: developments told as news. A source's reported clause is read off its verb
 * of saying, whatever opens the sentence or closes it, so the note tells what was said and not only
 * who said it or what it was about; a body whose name ends in its place is credited whole. Copy of
 * our own making.
 */
const noteFor = (before: string[], after: string[]) => proposeNote(story(before), story(after), { date: '2026-11-06T12:00:00' }).note;

describe('a reported clause is read off its verb of saying', () => {
  it('a perfect verb: "has said"', () => {
    expect(saidNews('The Eastern Ridge Brigade has said it planted the device.')).toMatchObject({
      speaker: 'The Eastern Ridge Brigade',
      clause: 'it planted the device',
    });
  });

  it('a day and its part set after the verb, with "that"', () => {
    expect(saidNews("Corran Borough's Chief Fire Officer said on Friday evening that she would order a full inquiry.")).toMatchObject({
      speaker: "Corran Borough's Chief Fire Officer",
      clause: 'she would order a full inquiry',
    });
  });

  it('a relative clause after the subject and a relay closing the sentence (UK spelling)', () => {
    expect(
      saidNews(
        'The Northfield Review, which printed the survey, said Wednesday that it would examine how the analysis was organised, a press officer for the review told the Courier.',
      ),
    ).toMatchObject({ speaker: 'The Northfield Review', clause: 'it would examine how the analysis was organised' });
  });

  it('keeps a short quotation in curly marks', () => {
    expect(saidNews('The Tarrow Guild said it would "fight hard" against the levy.')?.clause).toBe(
      'it would “fight hard” against the levy',
    );
  });

  it('a statement opening the sentence', () => {
    expect(saidNews('In a statement late Monday, the firm said it had suspended two managers.')).toMatchObject({
      speaker: 'the firm',
      clause: 'it had suspended two managers',
      statement: true,
    });
  });

  it('told to reporters', () => {
    expect(saidNews('The Pellham harbour master told reporters the channel would stay shut until noon.')).toMatchObject({
      clause: 'the channel would stay shut until noon',
    });
  });

  it('near misses: a pronoun, a speaker with a verb of its own, a long quotation, no clause', () => {
    expect(saidNews('She said the plan was dead.')).toBeNull();
    expect(saidNews('Crews working the ridge said the flames were spreading.')).toBeNull();
    expect(saidNews('The Tarrow Guild said it "would never again accept money from the fund."')).toBeNull();
    expect(saidNews('The Tarrow Guild said in March.')).toBeNull();
  });
});

describe('a reported clause too long is told by its verb and object', () => {
  it('cuts what only describes the object', () => {
    expect(verbAndObject('he would commission an independent review of how the cleanup had been run')).toBe(
      'he would commission an independent review',
    );
    expect(verbAndObject('it was cooperating with regulators and would fight the lawsuit')).toBe('it was cooperating with regulators');
    expect(verbAndObject('the council will publish its findings on the flood defences')).toBe('the council will publish its findings');
    expect(verbAndObject('they had opened a second inquiry into the payments, officials said')).toBe('they had opened a second inquiry');
  });

  it('near misses: nothing to cut, or no object left', () => {
    expect(verbAndObject('it would examine how the work was approved')).toBe('');
    expect(verbAndObject('the roads were reopened')).toBe('');
  });

  it('is on the fallback ladder before the credit alone', () => {
    const article = 'Dock row\n\nThe Tarrow Guild said it would commission an independent review of the dock contracts.';
    expect(
      shorterTellings(
        'additional comments from the Tarrow Guild that it would commission an independent review of the dock contracts',
        article,
      ),
    ).toContain('additional comments from the Tarrow Guild that it would commission an independent review');
  });
});

describe('a source is told with its news', () => {
  const before = ['Blast at the depot', 'An explosion damaged a fuel depot outside Marrowby on Sunday.', 'No one was hurt.'];

  it('a group that said it was behind an attack (short paragraph, early)', () => {
    expect(
      noteFor(before, [before[0]!, before[1]!, 'The self-styled Eastern Ridge Brigade has said it planted the device.', before[2]!]),
    ).toMatch(/^Update, Nov\. 6: Comments from (?:the )?Eastern Ridge Brigade that it planted the device\.$/);
  });

  it('an official who said what he would do (late paragraph, day and part of day)', () => {
    const note = noteFor(before, [
      ...before,
      "Marrowby's Police and Crime Commissioner said on Thursday evening that he would commission an independent review of how the depot had been guarded.",
    ]);
    expect(note).toMatch(
      /^Update, Nov\. 6: Comments from Marrowby's Police and Crime Commissioner that he would commission an independent review/,
    );
  });

  it('a body whose word a spokesman relayed is credited with it', () => {
    const note = noteFor(before, [
      before[0]!,
      before[1]!,
      'The Fuel Safety Board, which licensed the depot, said Monday that it would review how the inspections were approved, a spokeswoman for the board told the Courier.',
      before[2]!,
    ]);
    expect(note).toBe('Update, Nov. 6: Comments from the Fuel Safety Board that it would review how the inspections were approved.');
  });

  it('a statement tells what it said, not a topic', () => {
    const older = ['Fines for Calder Mills', 'Calder Mills has said its waste permits were in order. A spokeswoman did not return a call.'];
    const newer = [
      older[0]!,
      'Calder Mills has said its waste permits were in order. In a statement Friday morning, the company said it was cooperating with inspectors and would fight the county fine.',
    ];
    expect(noteFor(older, newer)).toMatch(
      /^Update, Nov\. 6: A statement from (?:the company|Calder Mills) that it was cooperating with inspectors/,
    );
  });

  it('near miss: a line with no verb of saying stays a detail', () => {
    expect(noteFor(before, [...before, 'The Eastern Ridge Brigade is a small group active in the hills.'])).not.toMatch(/comments from/);
  });
});

describe('a body whose name ends in its place is credited whole', () => {
  it('reads the whole name', () => {
    expect(institutionEndingInPlace('St. Agnes Medical Center Tulsa')).toBe('St. Agnes Medical Center Tulsa');
    expect(institutionEndingInPlace('Harbor Regional Hospital Fort Carrow')).toBe('Harbor Regional Hospital Fort Carrow');
    expect(institutionEndingInPlace('the University of Marlow at Dunmore')).toBe('University of Marlow at Dunmore');
    expect(sourceFromRaw('Vale Children’s Clinic Ashby', 'x')).toMatchObject({ name: 'Vale Children’s Clinic Ashby', kind: 'institution' });
  });

  it('near misses: a post after the body opens a person; a body alone; a lower-case run', () => {
    expect(institutionEndingInPlace('Marlow Hospital Director Ann Reed')).toBe('');
    expect(institutionEndingInPlace('Marlow General Hospital')).toBe('');
    expect(institutionEndingInPlace('a hospital in Tulsa')).toBe('');
  });

  it('in a note: credited whole, never by its place', () => {
    const older = ['Patient', 'Ames is in serious condition at a Tulsa hospital.'];
    const newer = ['Patient', "Ames's condition was upgraded to fair Friday, St. Agnes Medical Center Tulsa said."];
    expect(noteFor(older, newer)).toMatch(/St\. Agnes Medical Center Tulsa/);
  });
});

describe('a status is news whatever its length', () => {
  it('reads a status however short or however it opens', () => {
    expect(statusTellings('Route 61 reopened.')[0]).toBe('Route 61 reopened');
    expect(statusTellings('Owing to high winds, the Marlow viaduct is closed to caravans.')[0]).toBe(
      'the Marlow viaduct is closed to caravans',
    );
    expect(statusTellings('Power has been restored to most homes in Fenby Park, the utility said.')[0]).toBe(
      'power was restored to most homes in Fenby Park',
    );
    expect(statusTellings('The evacuation warning for Cobb Hollow was downgraded on Saturday.')[0]).toBe(
      'the evacuation warning for Cobb Hollow was downgraded on Saturday',
    );
    expect(statusTellings('Orrin Valley schools are back open.')[0]).toBe('Orrin Valley schools are back open');
  });

  it('keeps a second status joined by "though" or "but"', () => {
    expect(statusTellings('The Kessel Road bridge has reopened, though the east lane remains closed.')[0]).toBe(
      'the Kessel Road bridge reopened, though the east lane remains closed',
    );
    expect(statusTellings('The A40 has reopened, but the slip road at Dunnet remains shut due to flooding.')).toEqual([
      'the A40 reopened, but the slip road at Dunnet remains shut due to flooding',
      'the A40 reopened, but the slip road at Dunnet remains shut',
      'the A40 reopened',
    ]);
  });

  it('near misses: opening hours, a deed by a speaker, a pronoun, a quotation', () => {
    expect(statusTellings('The pool is open until 8 p.m. on weekdays.')).toEqual([]);
    expect(statusTellings('The mayor said the pool is open.')).toEqual([]);
    expect(statusTellings('It was reopened shortly after noon.')).toEqual([]);
    expect(statusTellings('"The road is closed," a trooper said.')).toEqual([]);
  });

  it('a state said of more or less of the same thing is news, the same thing again is not', () => {
    const older = 'Route 61 between Alder and Brill is now open. The 40-mile stretch remains closed to trailers.';
    expect(statusMoved('Route 61 is open', older)).toBe(true);
    expect(statusMoved('the 40-mile stretch between Brill and Corr remains closed', older)).toBe(true);
    expect(statusMoved('Route 61 between Alder and Brill is open', older)).toBe(false);
    expect(statusMoved('the ferry is running', older)).toBe(false);
    // The stretch set after the verb counts too (UK spelling, a perfect).
    expect(statusMoved('the M9 has reopened', 'The M9 has reopened between Carse and Dunmore, police said.')).toBe(true);
    expect(statusMoved('the M9 has reopened between Carse and Dunmore', 'The M9 has reopened between Carse and Dunmore.')).toBe(false);
  });

  it('in a note: a short status line, and a status line opening on its cause', () => {
    const older = ['Snow shuts pass', 'Snow closed Route 61 over Tallis Pass on Sunday.', 'Crews were plowing.'];
    expect(noteFor(older, [...older, 'Route 61 reopened.'])).toMatch(
      /^Update, Nov\. 6: This article has been updated with news that Route 61 (?:was )?reopened\.$/,
    );
    expect(noteFor(older, [...older, 'Owing to drifting snow, the Tallis Pass tunnel is closed to caravans.'])).toBe(
      'Update, Nov. 6: This article has been updated with news that the Tallis Pass tunnel is closed to caravans.',
    );
  });
});
