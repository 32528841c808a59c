/**
 * Review 16, fix16c: a date, place or figure put right NAMES what was wrong, read from structure.
 * - A place is told as a place (place-roles.ts): a seat ("the constituency Dana Pike represented"),
 *   one of a list of places ("one of the three states where …"), the origin inside a subject, the
 *   place of a passive deed — never "a name" nor "a detail about the events described".
 * - A figure in a list item is the list's figure for that item's label (listed-figures.ts); a total
 *   that passed or reached a figure keeps its verb (reached-figures.ts).
 * - A date's event is its own clause: a reported clause without its frame (reporting-frames.ts), a
 *   main clause after an aside that reckons time from the date (reckoned-asides.ts).
 * - The right fact never breaks: with no clause to build, the value is told plainly (plain-right-fact.ts).
 * Every example is invented for this file, in several shapes, with near misses that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';
import { checkNoteGrammar } from './grammar';
import { placeInList, placeOfPassive, placeRole, originInSubject, seatHeld } from './place-roles';
import { kindOfPlaces } from './place-kinds';
import { listedFigure } from './listed-figures';
import { reachedFigure } from './reached-figures';
import { withoutReportingFrame } from './reporting-frames';
import { beforeLaterClause, withoutDashAsides, withoutPurpose, withoutReckonedAside } from './reckoned-asides';
import { clauseAfterTime } from './time-openers';
import { rightClause } from './claims';
import { plainRightFact } from './plain-right-fact';

const DATE = '2026-05-20T10:00:00-05:00';
const story = (...paragraphs: string[]) =>
  storyOfLines(['County desk roundup', 'The council met on Monday to weigh the plan.', ...paragraphs, 'The board meets again in June.']);
const note = (older: string, newer: string) => proposeNote(story(older), story(newer), { date: DATE }).text;
const says = (older: string, newer: string, expected: string) => {
  const text = note(older, newer);
  expect(text).toContain(expected);
  expect(checkNoteGrammar(text)).toEqual([]);
};

describe('a seat is told as the seat its holder represented', () => {
  it.each([
    [
      'The first complaint dates from 1974, when Dame Alys Venn was the MP for Corrow in the north.',
      'Corrow',
      'the constituency Dame Alys Venn represented',
    ],
    ['Back then Tomas Reyl was the state senator for Pell County.', 'Pell County', 'the district Tomas Reyl represented'],
    ['Marta Quill, a lawyer, became the MP for Ashbury in 1997.', 'Ashbury', 'the constituency Marta Quill represented in 1997'],
    ['Owen Dray is the councillor for Milltown and chairs the panel.', 'Milltown', 'the ward Owen Dray represents'],
  ])('%s', (sentence, place, what) => {
    expect(seatHeld(sentence, place)?.what).toBe(what);
  });

  it.each([
    ['The MP visited Corrow last week.', 'Corrow'],
    ['Voters in Ashbury chose a new mayor.', 'Ashbury'],
  ])('no seat: %s', (sentence, place) => {
    expect(seatHeld(sentence, place)).toBeNull();
  });

  it('names the seat in the correction', () => {
    says(
      'In 1979 Lady Orla Venn became the MP for Tarrow, a seat she held for a decade.',
      'In 1979 Lady Orla Venn became the MP for Brisk, a seat she held for a decade.',
      'misstated the constituency Lady Orla Venn represented. It was Brisk, not Tarrow.',
    );
  });
});

describe('a place in a list of places is one of them', () => {
  it.each([
    ['The chain has no shops in Idaho, Vermont, South Dakota and Maine.', 'Maine', 'one of the four states where the chain has no shops'],
    ['Officials said the virus was found in Kenya, Peru and Nepal.', 'Peru', 'one of the three countries where the virus was found'],
    [
      'Organisers said delegates flew in from Chile, Norway and Ghana.',
      'Norway',
      'one of the three countries from which delegates flew in',
    ],
    ['The bus calls at Elmford, Carrow, Dunley and Pike Hill each morning.', 'Dunley', 'one of the four places where the bus calls'],
  ])('%s', (sentence, place, what) => {
    expect(placeInList(sentence, place)?.what).toBe(what);
  });

  it.each([
    ['The chain opened a shop in Maine.', 'Maine'],
    ['Dana Rusk and Tom Hale met in Vermont.', 'Vermont'],
  ])('no list: %s', (sentence, place) => {
    expect(placeInList(sentence, place)).toBeNull();
  });

  it('knows states, countries and provinces, and says "places" otherwise', () => {
    expect(kindOfPlaces(['Ohio', 'New Mexico'])).toBe('states');
    expect(kindOfPlaces(['Peru', 'Ghana'])).toBe('countries');
    expect(kindOfPlaces(['Ontario', 'Quebec'])).toBe('provinces');
    expect(kindOfPlaces(['Ohio', 'Carrow'])).toBe('places');
  });

  it('names the list in the correction', () => {
    says(
      'The charity now runs clinics in Idaho, Vermont, Kansas and Maine.',
      'The charity now runs clinics in Idaho, Vermont, Kansas and Oregon.',
      'misstated one of the four states where the charity now runs clinics. It is Oregon, not Maine.',
    );
  });
});

describe('a place inside a subject, or after a passive deed', () => {
  it.each([
    ['Even wool from the hill farms of Brannock carried the mite.', 'Brannock', 'the origin of the wool that carried the mite'],
    ['Only grain from Tessaly was spared.', 'Tessaly', 'the origin of the grain that was spared'],
  ])('origin: %s', (sentence, place, what) => {
    expect(originInSubject(sentence, place)?.what).toBe(what);
  });

  it.each([
    ['Police said the van used in the raid had been hired from a yard in Dunmore.', 'Dunmore', 'where the van was hired', 'in Dunmore'],
    ['The paintings were stored at a warehouse at Kelby.', 'Kelby', 'where the paintings were stored', 'at Kelby'],
    ['Investigators said that a rifle was bought from a dealer in Orrin.', 'Orrin', 'where the rifle was bought', 'in Orrin'],
    ['The boat, the coastguard said, had been moored in Farrow.', 'Farrow', '', ''],
    ['Car parts from the plant were shipped from the docks at Lerwick.', 'Lerwick', '', ''],
    [
      'Detectives believe the boat found on the shore was stolen from a marina at Colne last month.',
      'Colne',
      'where the boat was stolen',
      'at Colne',
    ],
  ])('passive: %s', (sentence, place, what, right) => {
    const read = placeOfPassive(sentence, place);
    if (!what) expect(read).toBeNull();
    else expect(read).toMatchObject({ what, right });
  });

  it.each([
    ['Wool from Brannock, the farmers said.', 'Brannock'],
    ['Prices in Tessaly rose.', 'Tessaly'],
  ])('no origin: %s', (sentence, place) => {
    expect(originInSubject(sentence, place)).toBeNull();
  });

  it('tells both in the correction, never as "a detail about the events described"', () => {
    says(
      'Even timber from the old forests of Orla carried the beetle.',
      'Even timber from the old forests of Vessen carried the beetle.',
      'misstated the origin of the timber that carried the beetle. It was Vessen, not Orla.',
    );
    says(
      'Detectives believe the boat found on the shore was stolen from a marina at Selby last month.',
      'Detectives believe the boat found on the shore was stolen from a marina at Colne last month.',
      'misstated where the boat was stolen. It was at Colne, not Selby.',
    );
    expect(placeRole('Harlow is a quiet town.', 'Harlow')).toBeNull();
  });
});

describe('a figure in a list item is the figure for its label', () => {
  it.each([
    [
      'In Kent, 61 percent of wells held the salt; Surrey, 44 percent; Essex 38 percent; and the Weald, 12 percent.',
      '38 percent',
      'the share of wells in Essex that held the salt',
    ],
    ['Ardley reported 12 cases, Corbin 40, Dunmore 9 and Farley 3.', '40', 'the number of cases Corbin reported'],
    ['Labour won 41 percent, the Greens 12 percent, Reform 9 percent and others 3 percent.', '12 percent', 'the share the Greens won'],
    ['By region: the North, 14%; the Midlands, 22%; the South, 31%.', '22%', 'the share for the Midlands'],
  ])('%s', (sentence, figure, what) => {
    expect(listedFigure(sentence, figure)?.what).toBe(what);
  });

  it.each([
    ['The town has 40 officers and 12 cars.', '12'],
    ['Sales rose 12 percent in March, the firm said.', '12 percent'],
  ])('no list: %s', (sentence, figure) => {
    expect(listedFigure(sentence, figure)).toBeNull();
  });

  it('names the share and the count in the correction', () => {
    says(
      'Across Wales, 58 per cent of pupils passed the test; Gwent, 61 per cent; Powys 47 per cent; and Dyfed, 52 per cent.',
      'Across Wales, 58 per cent of pupils passed the test; Gwent, 61 per cent; Powys 74 per cent; and Dyfed, 52 per cent.',
      'misstated the share of pupils across Powys that passed the test. It was 74 per cent, not 47 per cent.',
    );
    says(
      'Ardley reported 12 cases, Corbin 40, Dunmore 9 and Farley 3.',
      'Ardley reported 12 cases, Corbin 14, Dunmore 9 and Farley 3.',
      'misstated the number of cases Corbin reported. It was 14, not 40.',
    );
  });
});

describe('a total that passed or reached a figure keeps its verb', () => {
  it.each([
    ['The sum raised has now passed $40,000, organizers said.', '$40,000', 'the sum raised', 'It has passed'],
    ['The death toll has risen to 31.', '31', 'the death toll', 'It has risen to'],
    ['Officials said the bill topped £2 million.', '£2', 'the bill', 'It topped'],
    ['The donations have reached 900, after a late surge.', '900', 'the donations', 'They have reached'],
    [
      'Organizers said the sum collected for the shelter had passed $81,000 by Friday.',
      '$81,000',
      'the sum collected for the shelter',
      'It had passed',
    ],
  ])('%s', (sentence, figure, what, verb) => {
    expect(reachedFigure(sentence, figure)).toMatchObject({ what, verb });
  });

  it.each([
    ['The team passed 40 yards on the drive.', '40'],
    ['Rescuers who reached 12 homes were praised.', '12'],
  ])('no total: %s', (sentence, figure) => {
    expect(reachedFigure(sentence, figure)).toBeNull();
  });

  it('tells the total and its verb in the correction', () => {
    says(
      'Organizers said the sum collected for the shelter had passed $18,000 by Friday.',
      'Organizers said the sum collected for the shelter had passed $81,000 by Friday.',
      'misstated the sum collected for the shelter. It had passed $81,000, not $18,000.',
    );
  });
});

describe("a date or year is its own clause's", () => {
  it.each([
    ['Reyes notes that the survey ran for a month in 2019.', 'the survey ran for a month in 2019.'],
    ['The audit argued that the plant closed in 1998.', 'the plant closed in 1998.'],
    ['Officials pointed out that the road opened in 2004.', 'the road opened in 2004.'],
    [
      'The long report, which ran to 300 pages and cost a fortune, notes that it began in 2001.',
      'The long report, which ran to 300 pages and cost a fortune, notes that it began in 2001.',
    ],
    ['Notes from 2004 show the road opened.', 'Notes from 2004 show the road opened.'],
  ])('%s', (sentence, clause) => {
    expect(withoutReportingFrame(sentence)).toBe(clause);
  });

  it('names the reported deed, not who reported it', () => {
    says(
      'The review by Lena Ortiz argues that the program reached 2,000 families in 2016, though many later left.',
      'The review by Lena Ortiz argues that the program reached 2,000 families in 2015, though many later left.',
      'misstated the year the program reached 2,000 families. It was 2015, not 2016.',
    );
  });

  it.each([
    [', days before she left Oslo, Marta Lind signed the lease.', ', Marta Lind signed the lease.'],
    [', two weeks after the vote, the council met again.', ', the council met again.'],
    [', shortly before dawn, crews reached the farm.', ', crews reached the farm.'],
    [', the council met again.', ', the council met again.'],
    [', Monday, the court met.', ', Monday, the court met.'],
  ])('reckoned aside: %s', (tail, left) => {
    expect(withoutReckonedAside(tail)).toBe(left);
  });

  it("cuts dash asides, later clauses and a trip's purpose from the event", () => {
    expect(withoutDashAsides('Lind -- a Norwegian citizen -- signed the lease')).toBe('Lind signed the lease');
    expect(withoutDashAsides('Lind — a pilot — flew home')).toBe('Lind flew home');
    expect(beforeLaterClause('Lind carried the boy into a van after his mother fell ill at the fair')).toBe(
      'Lind carried the boy into a van',
    );
    expect(beforeLaterClause('After the storm crews worked')).toBe('After the storm crews worked');
    expect(withoutPurpose('Lind carried the boy into a van to go to the clinic')).toBe('Lind carried the boy into a van');
    expect(withoutPurpose('The mayor urged lawmakers on the panel to pass the bill')).toBe(
      'The mayor urged lawmakers on the panel to pass the bill',
    );
    expect(withoutPurpose('The council agreed to pay the contractor')).toBe('The council agreed to pay the contractor');
    expect(clauseAfterTime(', weeks before the election, Ana Roe -- a former judge -- filed her papers.')).toBe('Ana Roe filed her papers');
  });

  it('names the deed after an aside that reckons from the date', () => {
    says(
      'On 3 March, weeks before the ferry strike, Ivo Brandt — a retired pilot — towed the stricken yacht Marla into Kessel harbour to wait for repairs after its engine failed off the point, the coastguard said.',
      'On 6 March, weeks before the ferry strike, Ivo Brandt — a retired pilot — towed the stricken yacht Marla into Kessel harbour to wait for repairs after its engine failed off the point, the coastguard said.',
      'misstated the date Ivo Brandt towed the stricken yacht Marla into Kessel harbour. It was March 6, not March 3.',
    );
  });
});

describe('the right fact never breaks', () => {
  it('a subject with no noun gives no clause', () => {
    expect(rightClause('Even cheese from Tarrow had the mould', 'Tarrow')).not.toMatch(/^It cheese/);
    expect(rightClause('the Corran Ledger is owned by Westline Group', 'Westline Group')).toBe('It is owned by Westline Group');
  });

  it('tells a short value plainly, and nothing for a clause', () => {
    expect(plainRightFact('the mill closed in 1874', '1902')).toBe('It was 1902');
    expect(plainRightFact('the mill is owned by Harbor Media', 'Westline Group')).toBe('It is Westline Group');
    expect(plainRightFact('the mill closed in 1874', 'was sold to a rival in 1902')).toBe('');
    expect(plainRightFact('the mill closed', 'quietly')).toBe('');
  });
});
