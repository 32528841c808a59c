import { describe, expect, it } from 'vitest';
import { claimClause, droppedListItem, fieldOf, rightClause } from './claims';
import { proposeNote } from './propose';
import { articleFromText, uninvolvedNames } from './eval';
import { checkNoteGrammar } from './grammar';

describe('claimClause: the old sentence cut to the clause that carried the wrong words', () => {
  it('drops who said it and when', () => {
    const s = 'On Tuesday, county officials said the Dunmore bridge opened in 1874.';
    expect(claimClause(s, '1874', s)).toBe('the Dunmore bridge opened in 1874');
  });
  it('keeps only the clause with the changed words, not its neighbours', () => {
    const s = 'The Kessler Gazette has covered the valley since 1921; it was owned by Orrin Media until last spring.';
    expect(claimClause(s, 'Orrin Media', s, '')).toBe('the Kessler Gazette was owned by Orrin Media until last spring');
  });
  it('names who a pronoun stands for, from the clause or the sentence before', () => {
    const s = 'The Marlins had a strong spring: their pitchers won 14 of 20 games at home and they drew record crowds.';
    expect(claimClause(s, 'at home', s)).toBe("the Marlins' pitchers won 14 of 20 games at home");
    const previous = 'Late on Friday, The Wandering Pines played two songs at the Corran Hall.';
    const s2 = 'They also covered "Blue Harbour" by the late Ada Fenn.';
    expect(claimClause(s2, 'by the late Ada Fenn', `${previous} ${s2}`, previous)).toBe(
      'the Wandering Pines covered "Blue Harbour" by the late Ada Fenn',
    );
  });
  it('drops an aside hung on the end that does not hold the change', () => {
    const s = 'Residents voted to close the Ashby library, which had served the town for decades.';
    // The opening capital goes when the article writes the word small elsewhere.
    expect(claimClause(s, 'library', `${s} Some residents objected.`)).toBe('residents voted to close the Ashby library');
  });
  it('keeps a main clause set between commas after a clock time; only a true aside before the verb goes', () => {
    const s = "Around 11 p.m. on Friday, the vehicles hit head-on, causing the Ford's engine to ignite, according to state police.";
    expect(claimClause(s, "Ford's", s)).toBe("the vehicles hit head-on, causing the Ford's engine to ignite");
    const aside = 'The Corran Ledger, a weekly founded in 1902, is owned by Orrin Media.';
    expect(claimClause(aside, 'Orrin Media', aside)).toBe('the Corran Ledger is owned by Orrin Media');
  });
  it('gives nothing when the clause cannot stand alone', () => {
    // A pronoun with no one to stand for.
    expect(claimClause('It opened in 1874.', '1874', 'It opened in 1874.')).toBe('');
    // No verb: a heading, not a claim.
    expect(claimClause('Three days in Tarrow, 1874.', '1874', '')).toBe('');
    // The changed words are not in the sentence.
    expect(claimClause('The mill closed in 1902.', '1874', '')).toBe('');
    // A sentence of punctuation alone, cut whole.
    expect(claimClause('.', '', '.')).toBe('');
    // Too long to be a claim named in a note.
    const long =
      'The mill that stood on the east bank of the Varne river near the old stone bridge closed its doors for good after a long strike by its workers in 1902.';
    expect(claimClause(long, '1902', long)).toBe('');
  });
});

describe('a correction that names the wrong claim and the right fact', () => {
  const DATE = '2026-05-12T09:00:00-04:00';
  const text = (paragraph: string) =>
    [
      'Harbour festival draws record crowds',
      'Thousands came to the Velden waterfront on Saturday for the harbour festival, the largest in its history.',
      paragraph,
      'Organizers said the festival would return next summer with a longer program.',
    ].join('\n\n');
  const article = (paragraph: string) => articleFromText(text(paragraph));
  const correct = (older: string, newer: string) => proposeNote(article(older), article(newer), { date: DATE });

  it('a credit put right: the claim with who it names, then who is right', () => {
    const lead = 'Late on Friday, The Wandering Pines played two songs on the main stage.';
    const note = correct(
      `${lead} They also covered "Night Ferry" by the late Ada Fenn. The crowd sang along.`,
      `${lead} They also covered "Night Ferry" by the late Ada Fenn and Tomas Brell. The crowd sang along.`,
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toBe(
      'An earlier version of this article incorrectly reported that the Wandering Pines covered "Night Ferry" by the late Ada Fenn. It was by the late Ada Fenn and Tomas Brell.',
    );
    expect(checkNoteGrammar(note.text, text(`${lead} They also covered "Night Ferry" by the late Ada Fenn and Tomas Brell.`))).toEqual([]);
  });
  it('a setting put right inside a clause whose subject is a pronoun of the clause before', () => {
    const note = correct(
      'The Larkfield Players have grown quickly: their actors won 12 awards at the regional drama league and they toured three countries.',
      'The Larkfield Players have grown quickly: their actors won 12 awards at the national drama festival and they toured three countries.',
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toMatch(
      /^An earlier version of this article incorrectly reported that the Larkfield Players' actors won 12 awards at the regional drama league\./,
    );
  });
  it("a sentence with no clause to name keeps the finding's own wording", () => {
    const note = correct(
      'It was a good year: 12 awards at the regional drama league.',
      'It was a good year: 12 awards at the national drama festival.',
    );
    expect(note.text).not.toContain('incorrectly reported');
  });
});

describe('claimClause: a second predicate', () => {
  it('is cut off after "and"; a predicate alone is no claim', () => {
    const s = 'Police arrested the driver near Tarrow and charged him with reckless driving.';
    expect(claimClause(s, 'Tarrow', s)).toBe('Police arrested the driver near Tarrow');
    expect(claimClause(s, 'reckless', s)).toBe('');
  });
});

describe('a claim cut from a paragraph that otherwise stands', () => {
  const DATE = '2026-05-12T09:00:00-04:00';
  const text = (middle: string) =>
    [
      'Valley weekly changes its printing days',
      `The Corran Ledger has served the Varne valley since 1902.${middle} The paper will now print on Tuesdays and Fridays.`,
      'Subscribers were told of the change in a letter this week.',
    ].join('\n\n');
  it('is named as a clause, with names only the cut sentence and the one before it hold', () => {
    const older = text(' Until last spring, it was owned by Harbor Media, a chain based in Tarrow.');
    const note = proposeNote(articleFromText(older), articleFromText(text('')), { date: DATE });
    expect(note.kind).toBe('correction');
    expect(note.text).toBe('An earlier version of this article incorrectly reported that the Corran Ledger was owned by Harbor Media.');
    // Harbor Media stands only in the old version: involved, not invented.
    expect(uninvolvedNames(note.text, note.changes, text(''))).toEqual([]);
    expect(checkNoteGrammar(note.text, text(''))).toEqual([]);
  });
});

describe("rightClause: the right fact on the claim's subject", () => {
  it('a thing or a group becomes "It" or "They"', () => {
    expect(rightClause('the Corran Ledger is owned by Westline Group')).toBe('It is owned by Westline Group');
    expect(rightClause('the stone bridge over the Varne opened in the 1790s')).toBe('It opened in the 1790s');
    expect(rightClause('Kestrel Bank and Norvale Foods are based in Asia')).toBe('They are based in Asia');
  });
  it('a person gives nothing: which pronoun is theirs the article does not say', () => {
    expect(rightClause('Dana Reyes is the fire chief')).toBe('');
    expect(rightClause('Okafor chaired the hearing')).toBe('');
  });
  it('a person named by what they do gives nothing either: "the coach", "the pilot"', () => {
    for (const who of ['coach', 'pilot', 'officer', 'nurse'])
      expect(rightClause(`the ${who} was recruited by Dunmore College`, 'Dunmore College')).toBe('');
  });
  it('the pronoun agrees with the verb: a singular noun ending in -s is "It"', () => {
    expect(rightClause('the ferry bus was operated by Tarrow Lines', 'Tarrow Lines')).toBe('It was operated by Tarrow Lines');
    expect(rightClause('the campus is run by Eastvale Trust')).toBe('It is run by Eastvale Trust');
    expect(rightClause('the shuttle buses were leased from Corby Fleet')).toBe('They were leased from Corby Fleet');
    expect(rightClause('the glass came from a Lisbon works')).toBe('It came from a Lisbon works');
    expect(rightClause('the trucks came from a Lisbon depot')).toBe('They came from a Lisbon depot');
  });
});

describe('a who or where fix with a short head is told as the wrong claim and the right clause', () => {
  it('"is owned by Harbor Media" → "… by Westline Group"', () => {
    const text = (owner: string) =>
      [
        'Valley weekly changes its printing days',
        `The Corran Ledger, a weekly founded in 1902, is owned by ${owner}. The paper will now print on Tuesdays and Fridays.`,
      ].join('\n\n');
    const note = proposeNote(articleFromText(text('Harbor Media')), articleFromText(text('Westline Group')), {
      date: '2026-05-12T09:00:00-04:00',
    });
    expect(note.kind).toBe('correction');
    expect(note.text).toBe(
      'An earlier version of this article incorrectly reported that the Corran Ledger is owned by Harbor Media. It is owned by Westline Group.',
    );
    expect(uninvolvedNames(note.text, note.changes, text('Westline Group'))).toEqual([]);
  });
});

describe('fieldOf: the thing a swapped value names', () => {
  it('reads the same lead of nouns before "of" in both versions', () => {
    expect(
      fieldOf(
        'It was a win for the research area of robotics.',
        'It was a win for the research area of computer vision.',
        'robotics',
        'computer vision',
      ),
    ).toBe('the research area');
  });
  it('gives nothing when the versions lead in differently or the lead is a clause', () => {
    expect(fieldOf('the research area of robotics', 'the study area of optics', 'robotics', 'optics')).toBe('');
    expect(fieldOf('the team won the title of champion', 'the team won the title of runner-up', 'champion', 'runner-up')).toBe('the title');
    expect(fieldOf('she won a medal', 'she won a trophy', 'medal', 'trophy')).toBe('');
  });
});

describe('droppedListItem: an example cut from a list is a claim that it belonged to the group', () => {
  it('reads the group before "including" and what the group did after the list', () => {
    expect(
      droppedListItem(
        'Four clubs, including Alder Rovers, Brisk United and Calder Town, were fined last season.',
        'Four clubs, including Alder Rovers and Calder Town, were fined last season.',
      ),
    ).toBe('Brisk United was among four clubs that were fined last season');
  });
  it('gives nothing for a cut that is not one item of such a list', () => {
    expect(droppedListItem('The mayor, Ana Ruiz, and her deputy left.', 'The mayor and her deputy left.')).toBe('');
    expect(droppedListItem('Rain, hail and wind hit the coast.', 'Rain and wind hit the coast.')).toBe('');
  });
});
