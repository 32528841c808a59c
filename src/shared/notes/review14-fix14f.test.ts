/**
 * Review 14, fix14f: a corrected figure names what it counts or measures — the limit it sets ("the
 * maximum fine for …", "the weekly cap on …"), the sum with its currency and scale ("Rs 50 crore"),
 * the unit an ordinal names ("the 2nd Battalion"), the deed a bare count counts ("how many Lopez
 * struck out"), the people a "who" clause tells of. Every example is invented here; each rule has
 * shapes that must fire and near misses that must not.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { inventedStory as story } from '../../../tests/support/note-stories';
import { boundedFigure } from './bounded-figures';
import { writtenSum } from './money-words';
import { numberedUnit } from './numbered-units';
import { countedDeed } from './counted-deeds';
import { countedWho } from './counted-who';

const DATE = '2026-11-06T12:00:00';
const LEAD = 'The measure was debated for several hours on Tuesday before the vote.';
const TAIL = 'A second reading is expected next month, and the police will brief members before it.';
const fixed = (older: string, newer: string, headline = 'Harbor council weighs new rules') =>
  proposeNote(story(headline, [LEAD, older, TAIL]), story(headline, [LEAD, newer, TAIL]), { date: DATE }).text;

describe('a figure that sets a limit names the limit', () => {
  it('"a fine of up to" a sum in rupees is the maximum fine, the currency and scale kept', () => {
    expect(
      fixed(
        'The bill sets a prison term of up to five years and a fine of up to Rs 5 crore for repeat offenders.',
        'The bill sets a prison term of up to five years and a fine of up to Rs 50 crore for repeat offenders.',
      ),
    ).toContain('misstated the maximum fine for repeat offenders. It is Rs 50 crore, not Rs 5 crore.');
  });

  it('"a maximum penalty of", "a deposit of at least", "fines of as much as": four shapes of a bound', () => {
    expect(
      fixed(
        'Under the new rules, landlords who fail to register face a maximum penalty of KSh 200,000.',
        'Under the new rules, landlords who fail to register face a maximum penalty of KSh 500,000.',
      ),
    ).toContain('misstated the maximum penalty. It is KSh 500,000, not KSh 200,000.');
    expect(boundedFigure('Tenants must pay a deposit of at least £200 before moving in.', '£200')).toBe('the minimum deposit');
    expect(boundedFigure('Drivers caught speeding could face fines of as much as €900 under the new rules.', '€900')).toBe(
      'the maximum fine',
    );
    expect(boundedFigure('Smugglers face a prison term of up to seven years for organised trafficking offences.', 'seven')).toBe(
      'the maximum prison term for organised trafficking offences',
    );
  });

  it('"capped at", "limited to": the cap and its period, on what it limits', () => {
    expect(
      fixed(
        'Parents can take 20 weeks of paid leave at their usual rate of pay but capped at $640 a week.',
        'Parents can take 20 weeks of paid leave at their usual rate of pay but capped at $604 a week.',
      ),
    ).toContain('misstated the weekly cap on pay. It is $604, not $640.');
    expect(
      fixed(
        'Rent rises will be limited to £40 a month for tenants in council homes.',
        'Rent rises will be limited to £30 a month for tenants in council homes.',
      ),
    ).toContain('misstated the monthly limit on rent rises. It is £30, not £40.');
    expect(boundedFigure('Benefits are capped at $450 a week, the ministry said.', '$450')).toBe('the weekly cap on benefits');
    expect(boundedFigure('The fee, capped at £25 per visit, will rise next year.', '£25')).toBe('the cap on the fee');
  });

  it('a modal verb bound ("can claim no more than") and a passive subject with its own phrase', () => {
    expect(
      fixed('Each household can claim no more than £300 under the scheme.', 'Each household can claim no more than £200 under the scheme.'),
    ).toContain('misstated the most each household can claim. It is £200, not £300.');
    expect(boundedFigure('Students may borrow up to $6,000 a year under the plan.', '$6,000')).toBe('the most students may borrow a year');
    expect(
      fixed('The penalty for a first offence is capped at 5,000 euros.', 'The penalty for a first offence is capped at 50,000 euros.'),
    ).toContain('misstated the cap on the penalty for a first offence. It is 50,000 euros, not 5,000 euros.');
    // Near miss: "up to" after a verb with no modal is no one's allowance ("The storm dumped up to …").
    expect(boundedFigure('The storm dumped up to 14 inches of snow on the pass.', '14')).toBe('');
  });

  it('near misses: a sum with no bound, a player "capped" for a country', () => {
    expect(boundedFigure('The council approved a grant of $5,000 for the library.', '$5,000')).toBe('');
    expect(boundedFigure('She was capped 40 times for England.', '40')).toBe('');
    expect(boundedFigure('The museum drew up to 4,000 visitors a day in August.', '4,000')).toBe('');
    expect(boundedFigure('Organisers expect a crowd of up to 4,000 people at the rally.', '4,000')).toBe('');
  });
});

describe('a sum in a currency written as a word keeps it', () => {
  it('reads the currency and the scale around the figure', () => {
    expect(writtenSum('It costs KSh 1,200 a month.', '1,200')).toBe('KSh 1,200');
    expect(writtenSum('a grant of £5m for the school', '5')).toBe('£5m');
    expect(writtenSum('₹40 lakh was seized at the border', '40')).toBe('₹40 lakh');
    expect(writtenSum('The levy raised Rs. 12 crore last year.', '12')).toBe('Rs. 12 crore');
    // Near misses: a count with a scale word is no sum; nor is a figure beside a capitalized word.
    expect(writtenSum('Exporters earned R4 billion in the quarter.', '4')).toBe('R4 billion');
    expect(writtenSum('The village raised 4,000 rupees for the new well.', '4,000')).toBe('4,000 rupees');
    expect(
      fixed('The tax will raise KSh 12 billion a year, the Treasury said.', 'The tax will raise KSh 21 billion a year, the Treasury said.'),
    ).toContain('misstated the amount the tax will raise. It is KSh 21 billion, not KSh 12 billion.');
    expect(
      fixed(
        'The court ordered the firm to pay a fine of Rs 4 crore within a month.',
        'The court ordered the firm to pay a fine of Rs 40 crore within a month.',
      ),
    ).toContain('misstated the amount of the fine. It is Rs 40 crore, not Rs 4 crore.');
    expect(writtenSum('There were 50 crore voters on the rolls.', '50')).toBe('');
    expect(writtenSum('Route 9 was closed for 12 hours.', '12')).toBe('');
    expect(writtenSum('The R 4 bus was late.', '4')).toBe('');
  });
});

describe('an ordinal in a unit name misidentifies the unit', () => {
  it('battalion, precinct, court and division, ordinals with and without a shared suffix', () => {
    expect(
      fixed(
        'A planned drill involving the 3rd Battalion the Royal Welsh, which was due to start in May, has been called off.',
        'A planned drill involving the 2nd Battalion the Royal Welsh, which was due to start in May, has been called off.',
      ),
    ).toContain('misidentified the battalion. It is the 2nd Battalion, not the 3rd Battalion.');
    expect(
      fixed(
        'Officers from the 14th Precinct responded to the call shortly after midnight.',
        'Officers from the 41st Precinct responded to the call shortly after midnight.',
      ),
    ).toContain('misidentified the precinct. It is the 41st Precinct, not the 14th Precinct.');
    expect(
      numberedUnit(
        'The case now goes to the 5th Circuit Court of Appeals.',
        'The case now goes to the 8th Circuit Court of Appeals.',
        '5',
        '8',
      ),
    ).toBe('misidentified the court. It is the 8th Circuit Court, not the 5th Circuit Court');
    expect(
      numberedUnit('He served with the 82nd Airborne Division.', 'He served with the 101st Airborne Division.', '82 nd', '101 st'),
    ).toBe('misidentified the division. It is the 101st Airborne Division, not the 82nd Airborne Division');
  });

  it('near misses: a date, a century, a rank in lower case', () => {
    expect(numberedUnit('The vote is set for the 3rd March.', 'The vote is set for the 2nd March.', '3 rd', '2 nd')).toBe('');
    expect(numberedUnit('a house from the 18th Century', 'a house from the 17th Century', '18', '17')).toBe('');
    expect(numberedUnit("It was the firm's 5th plant closure.", "It was the firm's 6th plant closure.", '5', '6')).toBe('');
  });
});

describe('a bare count after a verb counts what the deed was done to', () => {
  it('"struck out six" — the pitcher, told by name or by the name a "who" clause hangs on', () => {
    expect(
      fixed(
        'Maria Lopez allowed two hits and struck out seven in five innings of a 4-1 win over Denver on Friday.',
        'Maria Lopez allowed two hits and struck out six in five innings of a 4-1 win over Denver on Friday.',
        'Lopez sharp as Hawks beat Denver',
      ),
    ).toContain('misstated how many Maria Lopez struck out in five innings. It was six, not seven.');
    expect(
      countedDeed(
        'The club will lean on Tom Reedy (2-1, 3.10), who allowed one hit and struck out nine in seven innings against Boston on Monday.',
        'nine',
      ),
    ).toEqual({ subject: 'Tom Reedy', deed: 'struck out in seven innings', past: true });
  });

  it('arrests, saves and killings: other verbs, openers and tenses', () => {
    expect(
      fixed(
        'Police arrested 14 on Saturday after the march turned violent.',
        'Police arrested 41 on Saturday after the march turned violent.',
      ),
    ).toContain('misstated how many police arrested on Saturday. It was 41, not 14.');
    expect(countedDeed('On Sunday, the goalkeeper saved 11 against Leeds.', '11')).toEqual({
      subject: 'the goalkeeper',
      deed: 'saved against Leeds',
      past: true,
    });
    expect(countedDeed('Officials said the gunman had killed four before fleeing.', 'four')).toEqual({
      subject: 'the gunman',
      deed: 'had killed',
      past: true,
    });
    expect(countedDeed('The clinic treats 30 on a typical weekday.', '30')?.past).toBe(false);
    expect(countedDeed('Officers seized 21 from the warehouse, including two rifles.', '21')?.deed).toBe('seized from the warehouse');
  });

  it('near misses: an age, a figure that is a subject, a counted noun, a number dialled', () => {
    expect(countedDeed('She turned 40 on Saturday.', '40')).toBeNull();
    expect(countedDeed('Officials said 12 were hurt in the crash.', '12')).toBeNull();
    expect(countedDeed('Lopez struck out seven batters in five innings.', 'seven')).toBeNull();
    expect(countedDeed('He called 911 at once.', '911')).toBeNull();
    expect(countedDeed('Prices rose 12 in a week.', '12')).toBeNull();
  });
});

describe('a count of people told by a "who" clause', () => {
  it('the clause says which ones, to its first phrase of time or place', () => {
    expect(
      fixed(
        'The agency knows of at least six such vessels, with 57 crew members, who have been stranded since the spring.',
        'The agency knows of at least six such vessels, with 75 crew members, who have been stranded since the spring.',
      ),
    ).toContain('misstated the number of crew members who have been stranded. The correct number is 75, not 57.');
    expect(countedWho('The flood stranded 40 hikers, who were flown out by helicopter on Sunday.', '40')).toBe(
      'hikers who were flown out by helicopter',
    );
    expect(countedWho('The crash injured 12 passengers, who were taken to hospitals in Akron.', '12')).toBe(
      'passengers who were taken to hospitals',
    );
    expect(countedWho('Rescuers freed nine miners, who had been trapped underground for two days.', 'nine')).toBe(
      'miners who had been trapped underground',
    );
  });

  it('near misses: a "who" aside before the main verb, a "which" about the whole clause', () => {
    expect(countedWho('About 300 nurses, who say they are underpaid, walked out on Monday.', '300')).toBe('');
    expect(countedWho('Police arrested 14 people, which officials called a record.', '14')).toBe('');
  });
});
