import { describe, expect, it } from 'vitest';
import { referentOf } from './referents';
import { claimClause } from './claims';

describe('referentOf: who "the company" or "she" is, as the article named them before', () => {
  const before =
    'Shares of Harlow Biotech fell 4% after Harlow Biotech reported a wider loss. Analysts polled by FactSet had expected less. ';

  it('names the nearest subject of the right kind, not a name after "by"', () => {
    expect(referentOf('the company posted revenue of $82 million', before)?.name).toBe('Harlow Biotech');
    expect(referentOf('the drugmaker posted revenue of $82 million', before)?.name).toBe('Harlow Biotech');
  });

  it('a person for "she", with the full name the article gave', () => {
    const text = 'The Calloway Symphony opened its season on Friday. Teodora Vance took over the orchestra in June. ';
    expect(referentOf('she was trained in Vienna', text)).toMatchObject({ name: 'Teodora Vance', possessive: false });
    expect(referentOf('her contract runs to 2030', text)).toMatchObject({ name: 'Teodora Vance', possessive: true });
    // A person named with a title is no company.
    expect(referentOf('the company posted a loss', 'Mayor Teodora Vance took over in June. ')).toBeNull();
  });

  it('"the clinic" is the name ending in "Clinic"', () => {
    expect(referentOf('the clinic was founded in 1952', 'Dr. Ruth Amsel said the Osgood Clinic opened a wing. ')?.name).toBe(
      'Osgood Clinic',
    );
    expect(referentOf('the clinic was founded in 1952', 'Dr. Ruth Amsel opened a wing. ')).toBeNull();
  });

  it('no name before the clause: nothing is invented', () => {
    expect(referentOf('the company posted revenue', 'Revenue missed estimates. ')).toBeNull();
    expect(referentOf('the board voted', '')).toBeNull();
  });

  it('a claim clause opens on the name, and keeps "the company" when asked to retell the right fact', () => {
    const article = 'Pellworth Robotics said Tuesday it would close its plant in Gary. The company is owned by Harrow Capital.';
    const sentence = 'The company is owned by Harrow Capital.';
    expect(claimClause(sentence, 'Harrow Capital', article)).toBe('Pellworth Robotics is owned by Harrow Capital');
    expect(claimClause(sentence, 'Harrow Capital', article, '', false)).toBe('the company is owned by Harrow Capital');
  });
});

describe('referentOf leaves a name alone', () => {
  it('"the Horrors" is a name already, not "the horrors" referring back', () => {
    expect(referentOf('the Horrors covered a song', 'The Horrors played Leeds. ')).toBeNull();
  });
});

describe('referentOf reads past an aside, and "they" as a name in the plural', () => {
  it('"Ines Moro, 14, won …" stands as a subject; "they" is "the Harbor Lights"', () => {
    expect(referentOf('her coach works at Alder School', 'Ines Moro, 14, won the county bee on Saturday. ')?.name).toBe('Ines Moro');
    const band = 'The Harbor Lights, a rock band from Ohio, announced a tour on Monday. ';
    expect(referentOf('they played their last show in Akron', band)).toMatchObject({ name: 'the Harbor Lights', possessive: false });
    // A person is no "they" of ours to name.
    expect(referentOf('they played their last show in Akron', 'Ines Moro announced a tour on Monday. ')).toBeNull();
  });
});

describe('referentOf names no one rather than the wrong one', () => {
  it('a one-word name opening its sentence may be the company meant, so no other name is put in', () => {
    const before =
      'Kestrel deliveries\n\nKestrel reported record deliveries on Monday.\n\nIvo Marsh told investors the outlook was strong.';
    expect(referentOf('the company is based in Austin', before)).toBeNull();
  });

  it('two people before "she": left as it stands', () => {
    const text = 'Ruth Cole hired Anna Brandt as her deputy in 2021. Cole said the hire was overdue. ';
    expect(referentOf('she was born in Akron', text)).toBeNull();
  });

  it('"the company" is no public body, and "the agency" no company', () => {
    const text = 'Tern Air was fined $2 million. The Federal Aviation Administration said the airline skipped checks. ';
    expect(referentOf('the company is owned by Lark Holdings', text)?.name).toBe('Tern Air');
    expect(referentOf('the agency opened an inquiry', text)?.name).toBe('the Federal Aviation Administration');
  });

  it('"the company" is no person, even one named in full whose surname the copy uses alone', () => {
    const text = 'Volta Motors reported record sales. Ian Pryce told investors the plant would grow. Pryce is its founder. ';
    expect(referentOf('the company is based in Reno', text)?.name).toBe('Volta Motors');
  });

  it('"It" opening a sentence is often no one, and is left as it stands', () => {
    expect(referentOf('it was the second plant closure this year', 'Brill Chemical said Monday it would close its plant. ')).toBeNull();
  });
});
