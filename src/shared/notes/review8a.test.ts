import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { articleFromText } from './eval';
import { compressClause } from './news-clause';
import { sourceFromRaw } from './attribution';
import { formatNote } from './format';

/** Defects review 8a found in the eighth round's correction rules, each on examples of our own. */
const DATE = '2026-11-06T12:00:00Z';
const note = (older: string, newer: string) => proposeNote(articleFromText(older), articleFromText(newer), { date: DATE });

describe('a pronoun put right for the one person in reach is that person’s pronoun', () => {
  it('does not say someone else did the deed', () => {
    const older = 'Voss wins race\n\nMira Voss won the Harbor 10K on Sunday.\n\nHe pulled away at the last hill.';
    const proposal = note(older, older.replace('He pulled', 'She pulled'));
    expect(proposal.kind).toBe('correction');
    expect(proposal.text).not.toMatch(/misidentified who/);
    expect(proposal.text).toMatch(/wrong pronoun/);
  });
});

describe('a running total or a revised outlook is an update, not a correction', () => {
  it('"The fund now stands at $8,000" → "$9,500" is a new figure', () => {
    const older = 'Fund for flood victims grows\n\nNeighbors started a fund after the flood.\n\nThe fund now stands at $8,000.';
    expect(note(older, older.replace('$8,000', '$9,500')).kind).toBe('update');
  });
  it('"now" put into a forecast says the story moved on', () => {
    const older = 'Storm nears coast\n\nThe storm was offshore on Monday.\n\nForecasters expect the storm to reach Corran late Tuesday.';
    const proposal = note(
      older,
      older.replace('Forecasters expect the storm to reach Corran late', 'Forecasters now expect the storm to reach Corran early'),
    );
    expect(proposal.kind).toBe('update');
  });
});

describe('a quotation that goes on is more of what was said; a qualifier put in misquotes it', () => {
  it('gives no correction when the speaker’s words only go on', () => {
    const older = 'Bakery to rebuild\n\nThe bakery burned in May.\n\n"We will rebuild," Ida Moss said.';
    expect(note(older, older.replace('"We will rebuild,"', '"We will rebuild, and we will be open by spring,"')).kind).not.toBe(
      'correction',
    );
  });
  it('names the quotation the words were put into, not the sentence’s first', () => {
    const older =
      'Plan criticized\n\nThe board debated the plan.\n\n"It is thin," Ruiz said, calling the plan "a muddle from top to bottom."';
    const proposal = note(older, older.replace('"a muddle', '"a complete muddle'));
    expect(proposal.text).not.toContain('"It is thin."');
  });
});

describe('titles and numbers', () => {
  it('a promotion of two people ("Interim Chief" → "Chief") is no titles swap', () => {
    const older =
      'Chiefs named\n\nThe department met reporters.\n\nInterim Chief Ada Park and Acting Deputy Chief Leo Ortiz took questions.';
    const proposal = note(older, older.replace('Interim Chief Ada Park and Acting Deputy Chief', 'Chief Ada Park and Deputy Chief'));
    expect(proposal.text).not.toMatch(/misstated the titles of/);
  });
  it('numbers of two roads exchanged are a figure put right, not two people', () => {
    const older = 'Roads closed\n\nFlooding closed roads.\n\nState Highway 12 and County Road 7 were closed Monday.';
    const proposal = note(older, older.replace('State Highway 12 and County Road 7', 'State Highway 7 and County Road 12'));
    expect(proposal.kind).toBe('correction');
    expect(proposal.text).not.toMatch(/for Highway|for Road/);
  });
});

describe('words that are no subject or no issuer', () => {
  it('"This week the council voted …" keeps its time', () => {
    const s = 'This week the council voted 5-2 to hire a new chief.';
    expect(compressClause(s, 'Council meets')?.clause ?? '').not.toMatch(/^the week/i);
  });
  it('"A Tuesday news release" credits no Tuesday', () => {
    expect(sourceFromRaw('A Tuesday news release', 'A Tuesday news release says the driver died.')?.name ?? '').not.toMatch(/Tuesday/);
  });
  it('the UK form puts no stop after a closing quotation mark that follows one', () => {
    const line = formatNote(
      {
        kind: 'correction',
        date: '2026-11-06',
        text: 'An earlier version of this article misquoted Vale. Vale said, "We will reopen in part."',
      },
      { form: 'uk' },
    ).line;
    expect(line).not.toMatch(/\."\.$/);
  });
});

describe('the right fact of a verb turned round keeps its object; a plural of people opening a claim is no name', () => {
  it('"Members backed the contract" → "rejected": "They rejected the contract", in lower case', () => {
    const older = 'Union vote\n\nUnion members met Sunday at the hall.\n\nMembers backed the new contract by a wide margin.';
    const proposal = note(older, older.replace('Members backed', 'Members rejected'));
    expect(proposal.kind).toBe('correction');
    expect(proposal.text).toMatch(/They rejected the new contract/);
    expect(proposal.text).toMatch(/reported that members backed/);
  });
});

describe('review 8d: the fixes kept to their edges', () => {
  it('counts a person whose surname is a place word ("Ellen Park"), and keeps a figure swap between them', () => {
    const older =
      'Budget presented\n\nMayor Ellen Park and council member Tom Reyes presented the budget on Monday.\n\nHe said the city would hire 20 officers.';
    expect(note(older, older.replace('He said', 'She said')).text).toMatch(/misidentified who said/);
    const team = 'Tigers win\n\nThe Tigers won 58-50 on Friday.\n\nMia Ward 21 and Ana Cole 12 led the Tigers in scoring.';
    expect(note(team, team.replace('Mia Ward 21 and Ana Cole 12', 'Mia Ward 12 and Ana Cole 21')).text).toMatch(/Mia Ward and Ana Cole/);
  });
  it('a "now" beside a fact put right leaves it a correction, and a "now" alone gives no note', () => {
    const fire = 'Fire\n\nFire crews were called Monday.\n\nThe fire destroyed three homes on Elm Street.';
    expect(note(fire, fire.replace('The fire destroyed three homes on Elm', 'The fire has now destroyed three homes on Oak')).kind).toBe(
      'correction',
    );
    const work = 'Work\n\nThe road project began in March.\n\nCrews are expected to finish in May.';
    expect(note(work, work.replace('are expected', 'are now expected')).kind).toBe('none');
  });
  it('a qualifier put into a quotation misquotes it even when the words around it are longer', () => {
    const older = 'Plan\n\nThe council met.\n\n"The plan will work," Park said. "We are sure," she added.';
    expect(note(older, older.replace('"We are sure,"', '"We are only sure of one thing,"')).kind).toBe('correction');
  });
});
