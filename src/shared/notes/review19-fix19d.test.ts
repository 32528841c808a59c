/**
 * Round 19 (fix19d): developments of court and police copy told whole. A short added sentence of
 * plain news is a restatement, not a copied run (restated-sentence.ts); a "he" or "she" opening it is
 * the person the sentence before describes (described-subject.ts); a charge faced, a plea, a bond, a
 * person held and how the police read an act are news (court-steps.ts). Invented copy only; each
 * mechanism has near misses that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { inventedStory } from '../../../tests/support/note-stories';
import { checkNoteGrammar, copiedFragment } from './grammar';
import { isRestatedSentence } from './restated-sentence';
import { describedSubject } from './described-subject';
import { tellsCourtStep } from './court-steps';
import { hasFiniteVerb } from './topics';
import { compressClause, pastTense } from './news-clause';

const DATE = '2026-03-14T10:00:00-05:00';
const HEAD = 'Teen arrested after break-in at Marlow hardware store';
const OLDER = [
  'A 16-year-old was arrested early Friday after a break-in at a hardware store on Dunmore Avenue, deputies said.',
  'Deputies found the teen hiding behind a loading dock with a bag of power tools.',
];
const propose = (added: string[], older = OLDER) =>
  proposeNote(inventedStory(HEAD, older), inventedStory(HEAD, [...older, ...added]), { date: DATE });

describe('a whole added sentence is told, not cut (restated-sentence.ts)', () => {
  it('tells a short charge line whole after "the news that"', () => {
    const line = 'The teenager faces charges of commercial burglary and criminal trespass.';
    const note = propose([line]);
    expect(note.text).toMatch(/that the teenager faces charges of commercial burglary and criminal trespass\.$/);
    expect(checkNoteGrammar(note.text, [HEAD, ...OLDER, line].join('\n'))).toEqual([]);
  });

  it('licenses a whole clause after its opening and before its credit', () => {
    const article = 'On Saturday, the county board approved a new contract for library staff at all branches.';
    expect(isRestatedSentence('the county board approved a new contract for library staff at all branches', article, 16)).toBe(true);
    expect(copiedFragment('The news that the county board approved a new contract for library staff at all branches', article)).toBe('');
    const credited = 'The county board approved a new contract for library staff at all branches, a spokeswoman for the board said Friday.';
    expect(copiedFragment('The news that the county board approved a new contract for library staff at all branches', credited)).toBe('');
  });

  it('still refuses a clause cut short of its end, or held only inside a longer sentence', () => {
    const article = 'The county board approved a new contract for the Marlow library staff after a long night of debate.';
    expect(isRestatedSentence('the county board approved a new contract for the marlow library staff', article, 16)).toBe(false);
    expect(copiedFragment('The news that the county board approved a new contract for the Marlow library staff', article)).not.toBe('');
    const inside = 'Residents cheered when the county board approved a new contract for the Marlow library staff.';
    expect(isRestatedSentence('the county board approved a new contract for the marlow library staff', inside, 16)).toBe(false);
  });

  it('refuses a whole sentence longer than a note’s clause', () => {
    const article =
      'The county board approved a new three-year contract for the Marlow library staff and the two branch libraries on the east side.';
    const words = article.toLowerCase().replace(/[.-]/g, ' ').replace(/\s+/g, ' ').trim();
    expect(isRestatedSentence(words, article, 16)).toBe(false);
  });
});

describe('a pronoun told by the description before it (described-subject.ts)', () => {
  it('names the described subject of the last clause before', () => {
    const reach = ['Deputies searched the yard and a 19-year-old man from Pell City was later arrested on a burglary charge.'];
    expect(describedSubject(reach, 'He')).toBe('the 19-year-old man');
    expect(describedSubject(['The woman appeared before a judge on Monday.'], 'She')).toBe('the woman');
  });

  it('leaves the pronoun when the description is an object, of the other sex, or one of two', () => {
    expect(describedSubject(['Deputies stopped a man near the bridge on Monday.'], 'He')).toBe('');
    expect(describedSubject(['The woman appeared before a judge on Monday.'], 'He')).toBe('');
    expect(describedSubject(['The man appeared in court with the driver he had hired on Monday.'], 'He')).toBe('');
  });

  it('tells the added line by its described person, the negation kept', () => {
    const older = ['A 44-year-old man was charged Friday with setting fire to a barn on Route 9, troopers said.'];
    const note = propose(['He entered a not guilty plea through a public defender.'], older);
    expect(note.text).toMatch(/that the 44-year-old man entered a not guilty plea\b/);
  });
});

describe('court and police steps are news (court-steps.ts)', () => {
  it.each([
    'the teenager faces charges of burglary',
    'the man entered a not guilty plea',
    'Ruiz pleaded guilty to one count of fraud',
    'Hale is in the Dorset County Jail on a bond of $15,000',
    'the woman remains in custody',
    'the blaze was treated as deliberate',
  ])('reads "%s" as a step', (clause) => expect(tellsCourtStep(clause)).toBe(true));

  it.each([
    'the mayor faces a tough choice',
    'the family made a plea for help',
    'the guests were treated as family',
    'the jail is in poor shape',
  ])('reads "%s" as no step', (clause) => expect(tellsCourtStep(clause)).toBe(false));

  it('reads a court’s "faces" as the verb the tagger missed, and only before what is faced', () => {
    expect(hasFiniteVerb('the minor faces charges of burglary')).toBe(true);
    expect(hasFiniteVerb('the minor faces of the old wall')).toBe(false);
  });

  it('tells a held person and the bond set', () => {
    const note = propose(
      ['Hollis is in the Marlow County Jail on a bond of $40,000.'],
      ['Dana Hollis, 16, was arrested early Friday after a break-in at a hardware store on Dunmore Avenue, deputies said.'],
    );
    expect(note.text).toMatch(/Hollis is in the Marlow County Jail on a bond of \$40,000\.$/);
  });
});

describe('a progressive joined to a perfect told in the past (joined-tenses.ts)', () => {
  it('tells both in the past', () => {
    expect(pastTense('crews are clearing the wreck and have reopened one lane')).toBe(
      'crews were clearing the wreck and reopened one lane',
    );
  });

  it('keeps the present where no perfect was moved', () => {
    expect(pastTense('crews are clearing the wreck on Route 4')).toBe('crews are clearing the wreck on Route 4');
    expect(pastTense('the plant is hiring and may have room for 40 more')).toBe('the plant is hiring and may have room for 40 more');
  });
});

describe('a share told in the past agrees with what it is a share of', () => {
  it('tells "percent of its buses" as plural, "percent of the budget" as one', () => {
    const older = ['The Marlow transit agency cut service on Monday as drivers walked out over pay.'];
    const plural = propose(['By Tuesday evening, about 60 percent of its buses had been pulled from service.'], older);
    expect(plural.text).toMatch(/60 percent of its buses were pulled from service/);
    const one = propose(['By Tuesday evening, about 60 percent of the repair budget had been spent.'], older);
    expect(one.text).not.toMatch(/budget were/);
  });
});

describe('near misses the court words brought up', () => {
  it('never cuts a charge inside its hyphened modifier', () => {
    const s = 'Korver is facing charges of second-degree reckless homicide, third-degree assault, and first-degree official misconduct.';
    const article = `Jurors began deliberating Monday in the trial of Dale Korver.\n\n${s}`;
    expect(compressClause(s, article)?.clause ?? '').not.toMatch(/second-degree$/);
  });

  it('never takes a time zone for the person a "he" stands for', () => {
    const older = ['Jurors began deliberating Monday in the trial of Korver, a former Marlow police officer.'];
    const note = propose(
      ['The verdict will be read between 2 p.m. and 3 p.m. Central Standard time.', 'He is facing up to 25 years in prison.'],
      older,
    );
    expect(note.text).not.toMatch(/Standard is facing/);
  });
});
