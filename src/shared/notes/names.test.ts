import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CAPITALIZED_WORD, introducedAs, nameRuns, roleBeside, shortName, titleInWords, titleOf } from './names';
import { grounded } from './propose';
import { proposeNote } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';

describe('the post a sentence gives beside a name', () => {
  it('before the name, after it, or as lowercase words right before it', () => {
    expect(roleBeside("The company's chief financial officer, Lena Castellano, resigned.", 'Lena Castellano')).toBe(
      "the company's chief financial officer",
    );
    expect(roleBeside("Kim Ro, the agency's director, declined to comment.", 'Kim Ro')).toBe("the agency's director");
    expect(roleBeside('The plan will cost too much, said council member Nadia Mbeki.', 'Nadia Mbeki')).toBe('the council member');
    expect(roleBeside('Kim Ro, a lawyer for the family, declined to comment.', 'Kim Ro')).toBe('the lawyer');
  });
  it('nothing when no post stands beside the name', () => {
    expect(roleBeside('The ball was passed to Kim Ro at midfield.', 'Kim Ro')).toBe('');
    expect(roleBeside('Kestrel hired Kim Ro in May.', 'Kim Ro')).toBe('');
  });
});

describe('a wrong person named: the note says whose name it is, by the post the article gives', () => {
  const FIRST = ['Lena', 'Omar', 'Rhea', 'Tobias'];
  const LAST = ['Castellano', 'Whitmore', 'Okonjo', 'Brandt'];
  const POSTS = ['chief financial officer', 'head of sales', 'general counsel'];
  it('an appositive post before the name', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIRST),
        fc.constantFrom(...LAST),
        fc.constantFrom(...FIRST),
        fc.constantFrom(...LAST),
        fc.constantFrom(...POSTS),
        (f1, l1, f2, l2, post) => {
          fc.pre(l1 !== l2 && f1 !== f2);
          const line = (name: string) => `The company's ${post}, ${name}, resigned on Monday after the audit.`;
          const story = (name: string) => storyOfLines(['Audit shakes lender', line(name), 'Shares fell in early trading.']);
          const note = proposeNote(story(`${f1} ${l1}`), story(`${f2} ${l2}`), { date: '2026-06-02T10:00:00Z' });
          expect(note.kind).toBe('correction');
          expect(note.text).toContain(`misidentified the company's ${post}, who is ${f2} ${l2}`);
        },
      ),
      { numRuns: 20 },
    );
  });
});

describe('hostile text', () => {
  it('roleBeside never throws, whatever the name holds', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (sentence, name) => {
        expect(typeof roleBeside(sentence, name)).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});

describe('a name with a figure in it ("R3", "A320") is one word', () => {
  it('is read whole, so a note naming it is grounded in the article', () => {
    expect('the Kestrel K9 and Vantor A320 fleets'.match(CAPITALIZED_WORD)).toEqual(['Kestrel', 'K9', 'Vantor', 'A320']);
    expect(grounded('misstated a detail about Q7 Ledger', 'Q7 Ledger is a lender in Tarrow.')).toBe(true);
  });
});

describe('introducedAs: a headline never runs on into the first paragraph', () => {
  it('reads the role from the paragraph even when the headline ends on capitalized words', () => {
    const text = 'Crews work on flooding at Dunmore Marina Yard\n\nHarbor Fire Chief Lida Voss said the pumps were running.';
    expect(introducedAs('Voss', text)).toBe('Harbor Fire Chief Lida Voss');
  });
  it('nameRuns keeps a name with an ampersand whole ("PG&E", "AT&T")', () => {
    expect(nameRuns('About 900 homes are dark, according to PG&E.').map((r) => r.text)).toContain('PG&E');
    expect(nameRuns('Shares of AT&T Inc. fell.').map((r) => r.text)).toContain('AT&T Inc.');
    // A spaced ampersand still ends a run, and "R&D" in lower-case copy is no name.
    expect(nameRuns('Sales & marketing spending rose.').map((r) => r.text)).toEqual(['Sales']);
  });

  it('nameRuns ends a run at a line break', () => {
    expect(nameRuns('Flooding at Dunmore Marina Yard\nLida Voss said.').map((r) => r.text)).toContain('Lida Voss');
  });
});

describe('a title is read whole', () => {
  it('with the body the post serves and the words inside it', () => {
    expect(titleInWords(titleOf('County Executive Rhea Molina'))).toBe('county executive');
    expect(titleInWords(titleOf('Town Clerk Abel Strand'))).toBe('town clerk');
    expect(titleInWords(titleOf('Chief Marketing Officer Ines Falk'))).toBe('chief marketing officer');
    // An organization's name before the title stays a name.
    expect(titleInWords(titleOf('Boeing Chief Executive Officer Kay Lund'))).toBe('chief executive officer');
    expect(titleInWords('Boeing Chief Executive Officer')).toBe('Boeing chief executive officer');
  });
});

describe('a short name only for a run that may be a person', () => {
  it('prints "Columbia Gas" and "AEP Ohio" whole when the copy never uses their last word alone', () => {
    const text = 'Columbia Gas said it had shut off service. AEP Ohio said power was back. Maria Lopez said she was relieved.';
    expect(shortName('Columbia Gas', text)).toBe('Columbia Gas');
    expect(shortName('AEP Ohio', text)).toBe('AEP Ohio');
    // A person keeps the surname, the house style for a note's credit.
    expect(shortName('Maria Lopez', text)).toBe('Lopez');
  });
});
