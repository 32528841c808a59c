import { describe, expect, it } from 'vitest';
import { beforeTail, coreTellings, withoutAdjuncts, withoutPurpose, withSubjectHead } from './news-core';
import { rankedClauses, type RankedLine } from './ranked-news';
import { wholeClause } from './whole-clause';
import { copiedFragment } from './grammar';
import { fill, resolveStyle } from './style';

const t = resolveStyle({}).templates;

describe('a long news clause told by its core (news-core.ts)', () => {
  it('cuts the tail set off after the main clause', () => {
    expect(beforeTail('the club will raise its season ticket price to $410, including a $15 parking fee')).toBe(
      'the club will raise its season ticket price to $410',
    );
    expect(beforeTail('the mill cut 40 jobs, 12 fewer than it had planned in the spring')).toBe('the mill cut 40 jobs');
    // (A figure's comma is no tail; a head that is no clause is none.)
    expect(beforeTail('the fund has raised 3,000 dollars')).toBe('');
    expect(beforeTail('in the meantime, the ferry resumed')).toBe('');
  });

  it('drops a qualifying adverb in the verb group and the weekday the event fell on', () => {
    expect(withoutAdjuncts('the two brothers have further been charged with arson at the depot')).toBe(
      'the two brothers have been charged with arson at the depot',
    );
    expect(withoutAdjuncts('her cousin was fined Tuesday morning for the fraud at the mill')).toBe(
      'her cousin was fined for the fraud at the mill',
    );
    // (A weekday that owns a noun stays.)
    expect(withoutAdjuncts("Tuesday's vote was delayed by the storm")).toBe('');
  });

  it('drops an infinitive of purpose after a thing, never one a verb of ordering needs', () => {
    expect(withoutPurpose('the city would build a new shelter to house families through the winter')).toBe(
      'the city would build a new shelter',
    );
    expect(withoutPurpose('the judge ordered Halvorsen to pay the couple $20,000')).toBe('');
  });

  it('tells the subject by its head, keeping a phrase that names or counts', () => {
    expect(withSubjectHead('river levels in most towns are falling slowly')).toBe('river levels are falling slowly');
    expect(withSubjectHead('residents in Ward 3 were told to boil water')).toBe('');
  });

  it('never offers a verb of saying without what was said, nor a cut before "of"', () => {
    const tellings = coreTellings(
      'the regional federation has confirmed to reporters that it is aware of the claims lodged against the team, adding that it will act',
    );
    expect(tellings.some((c) => /confirmed to reporters$/.test(c))).toBe(false);
    expect(coreTellings('the two brothers have further been charged with possession of explosives for use in a robbery')).not.toContain(
      'the two brothers have been charged with possession',
    );
  });
});

describe('the ranking tells a clause refused as pasted by its core', () => {
  const article = [
    'Harbor Mill shuts night shift',
    '',
    'The Harbor Mill closed its night shift last week.',
    '',
    'The owner of the Harbor Mill was sentenced Thursday afternoon to three years in prison, 18 months more than prosecutors had sought at the first trial.',
  ].join('\n');
  const older = 'Harbor Mill shuts night shift\n\nThe Harbor Mill closed its night shift last week.';
  const line: RankedLine = {
    text: 'The owner of the Harbor Mill was sentenced Thursday afternoon to three years in prison, 18 months more than prosecutors had sought at the first trial.',
    before: 'The Harbor Mill closed its night shift last week.',
    speaker: '',
  };

  it('tells the main clause without its tail and its weekday, and passes the copying check', () => {
    const ranked = rankedClauses([line], older, article, t);
    const clause = ranked[0]?.clause ?? '';
    expect(clause).toMatch(/^the owner of the Harbor Mill was sentenced .*to three years in prison$/);
    expect(copiedFragment(fill(t.resolved, { what: clause }), article)).toBe('');
  });
});

describe('a saying verb with an object past the clause verb is a deed (ranked-news.ts)', () => {
  it('reads "… and added an extra sailing" as news', () => {
    const article = [
      'Island ferry adds routes',
      '',
      'The ferry line runs four boats a day.',
      '',
      'Bluewater Ferries opened a new route to Port Ellis this month and added an extra sailing to Marlow.',
    ].join('\n');
    const ranked = rankedClauses(
      [
        {
          text: 'Bluewater Ferries opened a new route to Port Ellis this month and added an extra sailing to Marlow.',
          before: 'The ferry line runs four boats a day.',
          speaker: '',
        },
      ],
      'Island ferry adds routes\n\nThe ferry line runs four boats a day.',
      article,
      t,
    );
    expect(ranked[0]?.clause).toMatch(/^Bluewater Ferries opened a new route to Port Ellis/);
    expect(ranked[0]?.event).toBe(true);
  });
});

describe('a response told by what it said (whole-clause.ts)', () => {
  it('reads "X responded by saying …" as X said', () => {
    expect(wholeClause('The council responded by saying it would open a cooling center downtown.')).toEqual({
      clause: 'it would open a cooling center downtown',
      speaker: 'the council',
    });
    expect(wholeClause('Harlow Transit responded Monday by saying that fares would stay the same.')).toEqual({
      clause: 'fares would stay the same',
      speaker: 'Harlow Transit',
    });
  });
});
