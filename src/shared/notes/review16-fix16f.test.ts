/**
 * Round 16 (fix16f): a place inside a phrase about something else is where that thing is, never a
 * person or "a name"; a compass bearing from a place put right is a fact; a date closing an aside's
 * relative clause dates that clause; a day beside a clock is the event's day. Invented copy only.
 */
import { describe, expect, it } from 'vitest';
import { noteForEdit } from '../../../tests/support/note-stories';
import { baseBeforeFirm, baseInCompound, marketOfTrading, placeInModifier, placeOfNamed } from './place-in-modifier';
import { placeOfBearing } from './compass-bearings';
import { readEdit } from './edits';
import { asideRelativeClause } from './aside-relatives';
import { dayNotClock } from './day-beside-clock';

const frame = {
  head: 'Harbor startup lands new funding',
  before: ['The company said on Monday it would hire more engineers this year.'],
  after: ['Its chief executive declined to comment on the deal.'],
  date: '2026-11-06',
};
const note = (older: string, newer: string) => noteForEdit(frame, older, newer)?.text ?? '';

describe('a place in a "-based" compound is where the firm is', () => {
  it.each([
    ['the Fairview, Oregon-based retailer said', 'Fairview', 'where the retailer is based'],
    ['a Glenwood-headquartered software company', 'Glenwood', 'where the software company is headquartered'],
    ['backed the Denver-based Orchard Lane Group last year', 'Denver', 'where Orchard Lane Group is based'],
    ['Ada Marsh’s Tarn-based Kestrel Works said', 'Tarn', 'where Kestrel Works is based'],
  ])('%s', (sentence, place, what) => {
    expect(baseInCompound(sentence, place)?.what).toBe(what);
  });
  it('near misses: no "-based", or no firm after it', () => {
    expect(baseInCompound('the Fairview-area retailer said', 'Fairview')).toBeNull();
    expect(baseInCompound('the Glenwood-based rumors spread fast', 'Glenwood')).toBeNull();
  });
});

describe('a place between a firm’s article and its noun is where it is based', () => {
  it.each([
    ['Kestrel, a 40-person Lakeport company that builds drones, grew', 'Lakeport', 'where Kestrel is based'],
    ['The deal went to a small Rivertown firm last week.', 'Rivertown', 'where the firm is based'],
    ['Orchard Mills, a 300-employee Dunmore maker of cloth, hired', 'Dunmore', 'where Orchard Mills is based'],
    ['investors backed a Millbrook startup', 'Millbrook', 'where the startup is based'],
  ])('%s', (sentence, place, what) => {
    expect(baseBeforeFirm(sentence, place)?.what).toBe(what);
  });
  it('near misses: a place before a noun that is no firm', () => {
    expect(baseBeforeFirm('a 40-person Lakeport crowd gathered', 'Lakeport')).toBeNull();
    expect(baseBeforeFirm('the Rivertown mayor spoke', 'Rivertown')).toBeNull();
  });
});

describe('a place set off after a name is where the named thing is', () => {
  it.each([
    ['Harwick College, in nearby Elmdale, said its staff were there.', 'Elmdale', 'the location of Harwick College'],
    ['St Bede Hospital, in Tarrow, took in the injured.', 'Tarrow', 'the location of St Bede Hospital'],
    ['Police said Kessel Quarry, near Fenwick, was closed.', 'Fenwick', 'the location of Kessel Quarry'],
    ['The Orchard Lane Mill, outside Dalton, Ohio, burned.', 'Dalton', 'the location of Orchard Lane Mill'],
  ])('%s', (sentence, place, what) => {
    expect(placeOfNamed(sentence, place)?.what).toBe(what);
  });
  it('near misses: the place runs on, or no name stands before it', () => {
    expect(placeOfNamed('Harwick College, in Elmdale on Tuesday, said', 'Elmdale')).toBeNull();
    expect(placeOfNamed('Officials, in Elmdale, said', 'Elmdale')).toBeNull();
  });
});

describe('a place before "trading" is the market a price moved in', () => {
  it.each([
    ['Its shares fell 4 percent in early Oslo trading.', 'Oslo', 'the market where its shares fell'],
    ['Harlow Mills Plc, which sells cloth, slid 2 percent in late Vienna trading.', 'Vienna', 'the market where Harlow Mills Plc slid'],
    ['Tarn Motors shares jumped in afternoon Madrid trading on news of the deal.', 'Madrid', 'the market where Tarn Motors shares jumped'],
    ['The stock rose as much as 9 percent in Lisbon trading.', 'Lisbon', 'the market where the stock rose'],
  ])('%s', (sentence, place, what) => {
    expect(marketOfTrading(sentence, place)?.what).toBe(what);
  });
  it('near misses: no price moved, or no trading', () => {
    expect(marketOfTrading('Envoys met in early Oslo talks.', 'Oslo')).toBeNull();
    expect(marketOfTrading('Officials discussed rules in Vienna trading circles.', 'Vienna')).toBeNull();
  });
});

describe('a bearing from a place is a fact put right', () => {
  it.each([
    ['in Fenwick, northeast of Dalton, on Tuesday', 'in Fenwick, northwest of Dalton, on Tuesday'],
    ['near Kessel, 20 miles south-east of Tarrow', 'near Kessel, 20 miles south-west of Tarrow'],
    ['The farm lies north of Elmdale.', 'The farm lies west of Elmdale.'],
    ['the camp southwest of the Varn River', 'the camp southeast of the Varn River'],
  ])('%s', (older, newer) => {
    const [finding] = readEdit(older, newer);
    expect(finding).toMatchObject({ type: 'corrected', fact: 'place' });
  });
  it('near misses: the same point written another way, or no place after it', () => {
    expect(readEdit('in Fenwick, north-east of Dalton', 'in Fenwick, northeast of Dalton')[0]?.type).toBe('cosmetic');
    expect(readEdit('the wind blew northeast all day', 'the wind blew northwest all day')[0]).not.toMatchObject({ fact: 'place' });
  });
  it('the place the bearing locates is the one named before it', () => {
    expect(placeOfBearing('Police searched a warehouse in Fenwick, northwest of Dalton, on Tuesday.', 'northwest of Dalton')?.what).toBe(
      'the location of Fenwick',
    );
    expect(placeOfBearing('Rain fell northwest of Dalton.', 'northwest of Dalton')).toBeNull();
  });
});

describe('whole notes', () => {
  it('a place in a compound modifier is told as where the firm is, never as a person', () => {
    expect(
      note(
        'Analysts said the Fairview, Oregon-based retailer would close stores within a year.',
        'Analysts said the Dunmore, Oregon-based retailer would close stores within a year.',
      ),
    ).toContain('misstated where the retailer is based. It is in Dunmore, not Fairview.');
    expect(
      note(
        'Kestrel, a 40-person Lakeport company that builds drones for farmers, raised money last month.',
        'Kestrel, a 40-person Rivertown company that builds drones for farmers, raised money last month.',
      ),
    ).toContain('misstated where Kestrel is based. It is in Rivertown, not Lakeport.');
  });
  it('an appositive place, a market and a bearing', () => {
    expect(
      note(
        'Harwick College, in nearby Elmdale, said some of its staff were at the game.',
        'Harwick College, in nearby Pinecrest, said some of its staff were at the game.',
      ),
    ).toContain('misstated the location of Harwick College. It is in Pinecrest, not Elmdale.');
    expect(
      note('Its shares fell 4 percent in early Oslo trading on Tuesday.', 'Its shares fell 4 percent in early Vienna trading on Tuesday.'),
    ).toContain('misstated the market where its shares fell. It was Vienna, not Oslo.');
    expect(
      note(
        'Police searched a warehouse in Fenwick, northeast of Dalton, on Tuesday.',
        'Police searched a warehouse in Fenwick, northwest of Dalton, on Tuesday.',
      ),
    ).toContain('misstated the location of Fenwick. It is northwest of Dalton, not northeast.');
  });
  it('near miss: a person renamed is still a person', () => {
    expect(note('The board hired Dana Pike as treasurer.', 'The board hired Dana Pope as treasurer.')).not.toContain('based');
    expect(placeInModifier('The board hired Dana Pope as treasurer.', 'Pope')).toBeNull();
  });
});

describe('a date closing a relative clause set off by its comma dates that clause', () => {
  it.each([
    ['a partner at the studio, which opened a second office', 'the studio opened a second office'],
    ['Dana Pike leads the charity, which was founded by nurses', 'the charity was founded by nurses'],
    ['rules set by the city council, which passed the budget', 'the city council passed the budget'],
    ['a loan from the bank, which sold its branch in Tarrow', 'the bank sold its branch in Tarrow'],
  ])('%s', (before, clause) => {
    expect(asideRelativeClause(before)).toBe(clause);
  });
  it('near misses: a clause in the present, or a name before the comma', () => {
    expect(asideRelativeClause('a partner at the studio, which opens a second office')).toBe('');
    expect(asideRelativeClause('said Ada Marsh, who joined the board')).toBe('');
  });
  it('whole note', () => {
    expect(
      note(
        '"We will wait," said Ada Marsh, a partner at the studio, which opened a second office in March.',
        '"We will wait," said Ada Marsh, a partner at the studio, which opened a second office in January.',
      ),
    ).toContain('misstated the month the studio opened a second office. It was January, not March.');
  });
});

describe('a day put right beside a clock that stands is the event’s day', () => {
  it.each([
    ['when the crash happened about 6 p.m.', 'the day the crash happened'],
    ['when the fire broke out at 3:15 a.m.', 'the day the fire broke out'],
    ['when the bridge reopened shortly after noon', 'the day the bridge reopened'],
    ['when the council met around 7 pm', 'the day the council met'],
  ])('%s', (what, day) => {
    expect(dayNotClock(what, 'day')).toBe(day);
  });
  it('near misses: no clock, or a date that is no day', () => {
    expect(dayNotClock('when the crash happened', 'day')).toBe('when the crash happened');
    expect(dayNotClock('when the crash happened about 6 p.m.', 'month')).toBe('when the crash happened about 6 p.m.');
  });
  it('whole note', () => {
    expect(note('The crash happened about 6 p.m. Tuesday on Route 9.', 'The crash happened about 6 p.m. Wednesday on Route 9.')).toContain(
      'misstated the day the crash happened. It was Wednesday, not Tuesday.',
    );
  });
});
