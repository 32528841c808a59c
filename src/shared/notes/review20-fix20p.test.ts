/**
 * Round twenty, names, titles and posts (fix20p): the told title phrase read once more at its phrase
 * boundaries (posts-told.ts), a role the sentence's capital joined to a name (opening-roles.ts), a role
 * noun read in its sentence (role-nouns.ts), a field after a post's "of" (post-words-misread.ts) and a
 * person's name cut from a body's name or a credential (names.ts). Invented copy only.
 */
import { describe, expect, it } from 'vitest';
import { noteForEdit } from '../../../tests/support/note-stories';
import { personName } from './names';
import { namesAField, postInWords } from './posts-told';
import { isRoleNounIn } from './role-nouns';

const frame = {
  head: 'Valley bakery chain plans northern expansion',
  before: ['The Orvale bakery chain said on Tuesday it would open 40 more shops across the northern provinces next year.'],
  after: ['The chain did not say how many jobs the shops would bring.'],
  date: '2026-03-04',
};
const note = (older: string, newer: string) => noteForEdit(frame, older, newer).note;

describe('the told post in AP style (posts-told.ts)', () => {
  it('tells a capitalized post put right inside its title as the person’s post, lower case', () => {
    const n = note(
      'Tova Marsh, Chief Technology Officer of bakery group Orvale, said the shops would open in spring.',
      'Tova Marsh, Chief Product Officer of bakery group Orvale, said the shops would open in spring.',
    );
    expect(n).toMatch(
      /misstated Tova Marsh's title\. Marsh is the chief product officer(?: of bakery group Orvale)?, not the chief technology officer\./,
    );
  });
  it('lowers a capital that only opened the sentence before a lower-case post', () => {
    const n = note(
      'Defensive coordinator Reggie Lamb said the team would be ready on Friday.',
      'Head coach Reggie Lamb said the team would be ready on Friday.',
    );
    expect(n).toMatch(/Lamb is the head coach, not a defensive coordinator\./);
  });
  it('tells a firm printed bare before the post as its owner', () => {
    const n = note(
      'The deal was announced by Kelvra CFO Ines Dorr on Monday.',
      'The deal was announced by Kelvra CEO Ines Dorr on Monday.',
    );
    expect(n).toMatch(/Dorr is Kelvra's chief executive officer, not its chief financial officer\./);
  });
  it('keeps the body a post is at, printed before it', () => {
    const n = note(
      'Rain would ease by Sunday, Bureau of Water Supply director Hal Ruane said.',
      'Rain would ease by Sunday, Bureau of Water Supply manager Hal Ruane said.',
    );
    expect(n).toMatch(/Ruane is a Bureau of Water Supply manager, not its director\./);
  });
  it('names the person, never the body the post is at', () => {
    const n = note(
      'The shops will open in May, said Lena Okafor, COO of Orvale Baking Group, which is based in Leeds.',
      'The shops will open in May, said Lena Okafor, CEO of Orvale Baking Group, which is based in Leeds.',
    );
    expect(n).toMatch(
      /misstated Lena Okafor's title\. Okafor is the chief executive officer of Orvale Baking Group, not its chief operating officer\./,
    );
  });
  it('keeps the capitals of names and bodies in a post', () => {
    expect(postInWords('the Dunmore County sheriff'.split(' '), '').join(' ')).toBe('the Dunmore County sheriff');
    expect(postInWords('chief of the Harwick Fire Brigade'.split(' '), '').join(' ')).toBe('chief of the Harwick Fire Brigade');
    expect(postInWords('owner of Tall Pine Cabins'.split(' '), '').join(' ')).toBe('owner of Tall Pine Cabins');
    expect(postInWords('Acme Chief Product Officer'.split(' '), '').join(' ')).toBe('Acme chief product officer');
  });
  it('keeps a capital the article prints inside a sentence too', () => {
    const article = 'Offensive Rebounds Inc. makes training gear. The firm, Offensive, sells in Leeds.';
    expect(postInWords('Offensive coordinator'.split(' '), article).join(' ')).toBe('Offensive coordinator');
  });
  it('says no "its" of a place before the post, nor of a post held by many', () => {
    const n = note(
      'The stop was made by Tarn Valley sergeant Rui Melo on Monday night.',
      'The stop was made by Tarn Valley officer Rui Melo on Monday night.',
    );
    expect(n).not.toMatch(/\bits\b/);
  });
});

describe('a role opening its sentence before a name (opening-roles.ts)', () => {
  it('tells the person and both roles', () => {
    const n = note(
      'Bassist Ada Frey is also named in the squad after missing the spring tour.',
      'Drummer Ada Frey is also named in the squad after missing the spring tour.',
    );
    expect(n).toMatch(/misidentified Ada Frey as a bassist\. Frey is a drummer\./);
  });
  it('leaves a name that opens the sentence a name', () => {
    const n = note(
      'Brandon Ada Frey is also named in the squad after missing the spring tour.',
      'Brendan Ada Frey is also named in the squad after missing the spring tour.',
    );
    expect(n).not.toMatch(/misidentified Ada Frey as/);
  });
});

describe('a role noun read in its sentence (role-nouns.ts)', () => {
  it('tells a post put right for one the lists lack, with the body both are at', () => {
    const n = note(
      'Rosa Quint, the director of the Harwick Reading Lab and one of the study’s authors, said the results were clear.',
      'Rosa Quint, a researcher at the Harwick Reading Lab and one of the study’s authors, said the results were clear.',
    );
    expect(n).toMatch(/Quint is a researcher at the Harwick Reading Lab, not its director\./);
  });
  it('reads a noun between a body and a name as the title before the name', () => {
    expect(isRoleNounIn('“It helps,” said Open Doors volunteer Nina Sato.', 'volunteer')).toBe(true);
    expect(isRoleNounIn('The volunteer effort was led by Nina Sato.', 'volunteer')).toBe(false);
  });
});

describe('a field after a post’s "of" put right (post-words-misread.ts)', () => {
  it('tells both posts, fields lower case', () => {
    const n = note(
      'Assistant Superintendent of Student Services Omar Reyes will serve as the acting superintendent until a replacement is chosen.',
      'Assistant Superintendent of Curriculum and Instruction Omar Reyes will serve as the acting superintendent until a replacement is chosen.',
    );
    expect(n).toMatch(
      /Reyes is an assistant superintendent of curriculum and instruction, not an assistant superintendent of student services\./,
    );
  });
  it('leaves a firm after "of" no field', () => {
    expect(namesAField(['Student', 'Services'])).toBe(true);
    expect(namesAField(['Orvale', 'Baking', 'Group'])).toBe(false);
    expect(namesAField(['Parks', 'Department'])).toBe(false);
  });
});

describe('a person’s name without a body’s name or a credential (names.ts)', () => {
  it('cuts the body before the name and the credential after it', () => {
    expect(personName('Ministry of Regional Government Amina Odera')).toBe('Amina Odera');
    expect(personName('Lisa Karn RN')).toBe('Lisa Karn');
    expect(personName('Samantha Power')).toBe('Samantha Power');
    expect(personName('John Hale III')).toBe('John Hale III');
  });
  it('names the person alone in a misspelling note', () => {
    const n = note(
      'The clinic hired Dana Whitcomb RN, MSN, to lead its nursing staff.',
      'The clinic hired Dana Whitcombe RN, MSN, to lead its nursing staff.',
    );
    expect(n).toMatch(/misspelled the (?:last )?name of Dana Whitcombe\./);
  });
});

describe('honorifics, ranks and courts', () => {
  it('tells the doctorate’s honorific as the name is printed, never "a doctor" (posts-told.ts)', () => {
    const n = note(
      'The fossils had sat in a drawer for decades, according to Professor Kallis.',
      'The fossils had sat in a drawer for decades, according to Dr Kallis.',
    );
    expect(n).toMatch(/It is Dr\. Kallis, not Professor Kallis\./);
  });
  it('reads a constable’s rank (names.ts)', () => {
    const n = note(
      'A charge was approved this week against Cpl. Rory Vance, the prosecution service said.',
      'A charge was approved this week against Const. Rory Vance, the prosecution service said.',
    );
    expect(n).toMatch(/Vance is a constable, not a corporal\./);
  });
  it('tells the court a titled person sits on (led-bodies.ts)', () => {
    const n = note(
      'The courthouse, where Judge Nora Quill of the District Court was presiding, was evacuated on Monday.',
      'The courthouse, where Judge Nora Quill of the Appeals Court was presiding, was evacuated on Monday.',
    );
    expect(n).toMatch(/misstated the court of Judge Nora Quill\. It is the Appeals Court, not the District Court\./);
  });
});
