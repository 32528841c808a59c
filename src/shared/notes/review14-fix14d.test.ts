/**
 * Round 14 (branch fix14d): a development told as news — a plan reported with its time set, a main
 * clause after a fronted clause of time, an act set for someone with a deadline — not as
 * "Additional comments from …" or "Details on …". Every example is invented here, with near misses.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { storyOfLines as story } from '../../../tests/support/note-stories';
import { planAsWill, plannedWithTime, directedPassive, setsAnAct, intentBeforeInfinitive } from './reported-plans';
import { tagged } from './topics';
import { withoutFrontedClause } from './fronted-clauses';
import { attributionOf } from './attribution';
import { mediaMention } from './describe';

const OLD = [
  'Harbour talks stall over fishing rights',
  'Officials from Norland and Estavia met in Port Vell on Monday to discuss a fishing accord that has been stalled for three years.',
  'The talks ended without a deal, according to people familiar with the discussions.',
  'Fishermen in both countries have complained that the delay is costing them their livelihoods.',
];
/** The note when `line` is added as a new paragraph, at `at` (default: after the second paragraph). */
const noteFor = (line: string, at = 3) =>
  proposeNote(story(OLD), story([...OLD.slice(0, at), line, ...OLD.slice(at)]), { date: '2026-11-06' }).note;

describe('a plan reported with its time set is news', () => {
  it('tells talks set to resume, with the speaker, the place and the time', () => {
    const note = noteFor(
      "On Wednesday, Norland's fisheries ministry said talks on the accord would resume in Brava next month, according to a statement posted on its website.",
    );
    expect(note).toMatch(/Norland's fisheries ministry/);
    expect(note).toMatch(/talks on the accord will resume in Brava next month/);
    expect(note).not.toMatch(/Details on|Additional comments/);
  });

  it('tells a service to be held, a passive, credited to the family that named it', () => {
    const note = noteFor("Skipper Odd Halvorsen's family said on Friday that a memorial service would be held in Brava next month.", 1);
    expect(note).toMatch(/a memorial service will be held in Brava next month/);
    expect(note).toMatch(/Halvorsen's family/);
    expect(note).not.toMatch(/Additional comments/);
  });

  it('tells a journey set for next week, the speaker after "Later on Friday,"', () => {
    const note = noteFor(
      'Later on Friday, the Coastal Safety Agency said its director would travel to the strait next week to press for a safe channel for the stranded trawlers.',
    );
    expect(note).toMatch(/its director will travel to the strait next week/);
    expect(note).not.toMatch(/Additional comments/);
  });

  it('tells a player to miss a fixture, the speaker first and a relative clause between', () => {
    const note = noteFor(
      "The Vell Mariners said Monday that Tor Brekke, who left Sunday's loss with a sore knee, would sit out the opener.",
      4,
    );
    expect(note).toMatch(/Tor Brekke will sit out the opener/);
    expect(note).toMatch(/the Vell Mariners/i);
  });

  it('tells a plan with "will" and the speaker at the end, in UK spelling', () => {
    const note = noteFor('The Estavian delegation will return to Port Vell on 3 March for a second round, the foreign office said.');
    expect(note).toMatch(/the Estavian delegation will return to Port Vell on 3 March/);
  });

  it('reads the plan from structure', () => {
    expect(plannedWithTime('talks will resume in Brava next month')).toBe(true);
    expect(plannedWithTime('a vigil would be held on Saturday')).toBe(true);
    expect(plannedWithTime('the squad is set to fly home within two days')).toBe(true);
    expect(plannedWithTime('the council plans to vote on the budget in March')).toBe(true);
    expect(planAsWill('the crew would sail again on Tuesday')).toBe('the crew will sail again on Tuesday');
  });

  it('near miss: a guess, a movement of a quantity, a wish or a state is no plan', () => {
    expect(plannedWithTime('catches could fall next year')).toBe(false);
    expect(plannedWithTime('prices would rise next month')).toBe(false);
    expect(plannedWithTime('the minister would like to meet his counterpart next month')).toBe(false);
    expect(plannedWithTime('a deal would be good for both fleets')).toBe(false);
    expect(plannedWithTime('talks would resume')).toBe(false);
    expect(plannedWithTime('talks would not resume next month')).toBe(false);
    expect(planAsWill('a deal would help both fleets')).toBe('a deal would help both fleets');
  });

  it('near miss: a forecast said stays the speaker’s word, never "the news that"', () => {
    expect(noteFor('Analysts said catches could fall next year if no quotas are agreed.')).not.toMatch(/news that/);
    expect(noteFor('The union said prices would rise next month.')).not.toMatch(/news that|report that prices will/);
    expect(noteFor('The ministry said a deal would be good for both fleets.')).toMatch(/[Cc]omments from the ministry/);
  });
});

describe('a fronted clause of time: the main clause is the news', () => {
  it('keeps the main clause after "When …," "After …," "Once …," "Shortly after …,"', () => {
    expect(withoutFrontedClause('When the case was heard again on Tuesday, the tribunal asked the ministry to reply.')).toBe(
      'the tribunal asked the ministry to reply.',
    );
    expect(withoutFrontedClause('After the ballots were counted, the mayor conceded the race.')).toBe('the mayor conceded the race.');
    expect(withoutFrontedClause('Once the water had gone down, crews reopened the coast road.')).toBe('crews reopened the coast road.');
    expect(withoutFrontedClause('Shortly after the fire was put out, investigators found a cause.')).toBe('investigators found a cause.');
  });

  it('tells the main clause in a note, with the deadline the court set', () => {
    const note = noteFor('When the case was heard again on Tuesday, the tribunal asked the ministry to file its reply within two weeks.');
    expect(note).toMatch(/the ministry was asked by the tribunal to file its reply within two weeks/);
    expect(note).not.toMatch(/Additional comments/);
  });

  it('near miss: a phrase with no verb, "When asked," or "As …" is left as it is', () => {
    const asked = 'When asked, the minister said talks would go on.';
    expect(withoutFrontedClause(asked)).toBe(asked);
    const phrase = 'After the storm on Monday, crews reopened the road.';
    expect(withoutFrontedClause(phrase)).toBe(phrase);
    const as = 'As the storm moved north, forecasters said rain would ease.';
    expect(withoutFrontedClause(as)).toBe(as);
    const verbNext = 'When the case was heard, said the clerk, nothing changed.';
    expect(withoutFrontedClause(verbNext)).toBe(verbNext);
  });
});

describe('an act set for someone with a deadline', () => {
  it('tells "told … to", "ordered … to", "directed … to" and "gave … until" as news', () => {
    expect(noteFor('Regulators told the ferry operator to suspend night crossings by Friday.')).toMatch(
      /the ferry operator was told by regulators to suspend night crossings by Friday/,
    );
    expect(noteFor('Judge Ana Rios ordered the two shipping firms to hand over their logbooks by March 1.')).toMatch(
      /the two shipping firms were ordered by Judge Ana Rios to hand over their logbooks by March 1/,
    );
    expect(noteFor('After the hearing ended on Monday, the judge gave the port authority until March to publish the records.')).toMatch(
      /the judge gave the port authority until March to publish the records/,
    );
    expect(directedPassive('the board directed its staff to publish the figures within 10 days')).toBe(
      'its staff was directed by the board to publish the figures within 10 days',
    );
  });

  it('reads "told … to" as an act, "told … that" as words', () => {
    expect(setsAnAct('the ferry operator to suspend crossings')).toBe(true);
    expect(setsAnAct('reporters the ferry would resume on Monday')).toBe(false);
  });

  it('near miss: no deadline, no act set', () => {
    expect(plannedWithTime('the tribunal asked the ministry to explain the delay')).toBe(false);
    expect(directedPassive('the tribunal asked the ministry to explain the delay')).toBe('');
    expect(noteFor('The tribunal asked the ministry to explain the delay.')).not.toMatch(/was asked by/);
  });
});

describe('who said it, and how the article names them', () => {
  it('credits the speaker a line names, not the paper it came in', () => {
    expect(attributionOf('The port authority said the berth would reopen on Monday, according to a notice posted on its website.')).toEqual(
      {
        raw: 'The port authority',
        form: 'phrase',
      },
    );
    expect(attributionOf('The berth will reopen Monday, according to a notice posted online.')).toBeNull();
    expect(attributionOf('According to the notice, the berth will reopen.')).toBeNull();
  });

  it('"post-" as a prefix is no post', () => {
    expect(mediaMention('Brekke arrived back in Vell on Sunday and will begin post-match treatment, the club said.')).toBeNull();
    expect(mediaMention('The club posted a video of the goal on Instagram.')).not.toBeNull();
  });

  it('tells an arrival with a post-prefixed word as news', () => {
    const note = noteFor(
      'The Norland delegation arrived back in Port Vell on 28 July, the agency said, and will spend the coming weeks in post-voyage talks.',
    );
    expect(note).toMatch(/the Norland delegation arrived back in Port Vell on 28 July/i);
    expect(note).not.toMatch(/Additional comments/);
  });

  it('tells a journey finished, in several shapes', () => {
    expect(noteFor('The two trawlers docked in Brava late on Thursday, the coastguard said.')).toMatch(/the two trawlers docked in Brava/i);
    expect(noteFor('The relief flight for the crews landed in Port Vell on Saturday morning.')).toMatch(
      /the relief flight for the crews landed/i,
    );
    expect(noteFor('On Sunday the Estavian delegation left for Brava, officials said.')).toMatch(/the Estavian delegation left for Brava/i);
  });

  it('near miss: a journey only planned with no time, or a word of arrival in a name, is no arrival', () => {
    expect(noteFor('The minister hopes the trawlers can reach the coast.')).not.toMatch(/news that/);
    expect(noteFor('Fishermen at the Landed Catch cooperative said they were tired of waiting.')).not.toMatch(/news that/);
  });
});

describe('a plan has someone who arranges it, or is an event arranged', () => {
  it('fires for a name, a person, a body, an event or a rite', () => {
    expect(plannedWithTime('Odegaard would visit Brava on Friday')).toBe(true);
    expect(plannedWithTime('the coach would name his squad next week')).toBe(true);
    expect(plannedWithTime('the inquest will open in Vell on 4 May')).toBe(true);
    expect(plannedWithTime('a funeral service would be held on Saturday')).toBe(true);
  });

  it('near miss: a thing whose state is estimated is no plan', () => {
    expect(plannedWithTime('the road would reopen on Thursday')).toBe(false);
    expect(plannedWithTime('the ferry service would resume on Wednesday')).toBe(false);
    expect(plannedWithTime('the vote would come in May')).toBe(false);
  });
});

describe('an intent read as a noun before "to" still gives the clause its verb', () => {
  const BEFORE = [
    'Customs row deepens',
    'Norland trade minister Pia Odegaard met Estavian officials in Port Vell on Monday.',
    'The talks ended without a deal on customs checks.',
  ];
  const told = (line: string) => proposeNote(story(BEFORE), story([...BEFORE, line]), { date: '2026-11-06' }).note;

  it('tells a plan with its time, whoever said it and wherever the credit stands', () => {
    expect(told('Odegaard plans to visit Estavia next week, her office said.')).toMatch(/Odegaard plans to visit Estavia next week/);
    expect(told('Odegaard intends to return to Port Vell on Friday.')).toMatch(/Odegaard intends to return to Port Vell on Friday/);
    expect(intentBeforeInfinitive(tagged('Odegaard plans to visit Brava'), 3)).toBe(true);
  });

  it('near miss: an intent with no time, or "the plans to …" as a noun, is no plan told', () => {
    expect(told('Odegaard plans to resign.')).not.toMatch(/news that|plans to resign/);
    expect(intentBeforeInfinitive(tagged('the plans to visit Brava'), 3)).toBe(false);
  });
});
