/**
 * Round 23 (fix23t): every change inside a post goes through held-posts.ts — a qualifier added or
 * dropped is a correction, the holder is read by structure (a surname alone stands for the person
 * named in full), the right post is told whole and in its tense — and names printed family name
 * first are read by their order (family-first-names.ts). Invented copy only.
 */
import { describe, expect, it } from 'vitest';
import { harborBoardStory, noteForEdit } from '../../../tests/support/note-stories';
import type { StoryFrame } from '../../../tests/support/note-stories';
import { familyNameFirst, familyNameOf } from './family-first-names';
import { heldPostPutRight } from './held-posts';
import { soundsAlike } from './sounds-alike';

/** The note for one edited paragraph of a story, which must be a correction. */
function correction(older: string, newer: string, frame: StoryFrame = harborBoardStory): string {
  const n = noteForEdit(frame, older, newer);
  expect(n.kind).toBe('correction');
  return n.note;
}

/** An invented story about a port authority in Korea, its people named family name first. */
const portStory: StoryFrame = {
  head: 'Port authority names new chief',
  before: ['The Busan port authority named a new chief on Monday after months without one.'],
  after: ['Ryu said the authority would review its fees. Oh Ji-hoon, a board member, declined to comment.'],
  date: '2026-03-04',
};

describe('a post put right is told whole by held-posts.ts', () => {
  it('a qualifier dropped inside a former post is a correction, even in a line that tells an appointment', () => {
    // (The edited line runs on from the headline: its own "appointed … as" is no news that retitles the person.)
    const frame: StoryFrame = {
      head: 'Harbor board names new chief',
      after: ['Brandvold said he would start on Monday.'],
      date: '2026-03-04',
    };
    const n = correction(
      'The Tarn Harbor board appointed Oskar Brandvold, a former vice president and adviser of Tarn Ferries, as its new chief on Wednesday.',
      'The Tarn Harbor board appointed Oskar Brandvold, a former president and adviser of Tarn Ferries, as its new chief on Wednesday.',
      frame,
    );
    expect(n).toMatch(/misstated Oskar Brandvold's title\. Brandvold was (?:a|the) president, not a vice president\./);
  });

  it('a qualifier added to a post opening the sentence: the capital is the sentence’s', () => {
    const n = correction(
      'Medical officer of health Dr. Ilse Varga says the ferry crew was tested.',
      'Associate medical officer of health Dr. Ilse Varga says the ferry crew was tested.',
    );
    expect(n).toContain('Varga is an associate medical officer of health, not the medical officer of health.');
  });

  it('a surname alone holds the post for the person the article names in full', () => {
    const frame: StoryFrame = { ...harborBoardStory, before: ['Tarn captain Rory Quillane led the rowing crew on Tuesday.'] };
    const n = correction(
      'Tarn vice-captain Quillane, who joined the club in 2019, was named to the county team.',
      'Tarn captain Quillane, who joined the club in 2019, was named to the county team.',
      frame,
    );
    expect(n).toContain("misstated Rory Quillane's title. Quillane is the Tarn captain, not its vice-captain.");
  });

  it('a ministry’s name with a comma inside it is the post’s body, told whole', () => {
    const n = correction(
      'Minister for Ports, Ferries and Harbors, Aoife Dunleavy said the contract was sound.',
      'Minister for Transport and Roads, Aoife Dunleavy said the contract was sound.',
    );
    expect(n).toContain(
      "misstated Aoife Dunleavy's title. Dunleavy is the minister for Transport and Roads, not the minister for Ports, Ferries and Harbors.",
    );
  });

  it('the right post keeps its own words and a former post keeps its tense', () => {
    const board = correction(
      'The motion was put by board clerk Tomas Ferrand and carried.',
      'The motion was put by board member Tomas Ferrand and carried.',
    );
    expect(board).toContain("misstated Tomas Ferrand's title. Ferrand is a board member, not the board clerk.");
    const former = correction(
      'The fare was first set by former Corvale CEO Ada Lindqvist in 2019, the board said.',
      'The fare was first set by former Tarnline CEO Ada Lindqvist in 2019, the board said.',
      { ...harborBoardStory, after: ['Tarnline runs the night ferries, and Corvale runs the day ones.'] },
    );
    expect(former).toContain('Lindqvist was the Tarnline chief executive officer');
    expect(former).not.toMatch(/Lindqvist is/);
  });

  it('near miss: the same post with only a slip put right is no correction of the post', () => {
    expect(
      heldPostPutRight(
        'Tarn captain Rory Quillane, who joined in 2019, led the crew.',
        'Tarn captain Rory Quillane, who joined in 2019, led the crew.',
        '',
      ),
    ).toBeNull();
  });
});

describe('names printed family name first (family-first-names.ts)', () => {
  it('reads the order by structure, never by a list of family names', () => {
    expect(familyNameFirst('Oh Ji-hoon', '')).toBe(true);
    expect(familyNameFirst('Ryu Min Seo', '')).toBe(true);
    expect(familyNameFirst('Tan Weilin', 'The deal, Tan said, was done. Tan Weilin runs the port.')).toBe(true);
    // Near misses: a double surname keeps its capital; an English name whose last word the article uses.
    expect(familyNameFirst('Ann Smith-Jones', '')).toBe(false);
    expect(familyNameFirst('Tom Lee Bell', 'The deal, said Bell, was done.')).toBe(false);
    expect(familyNameFirst('Rory Quillane', 'The deal, Quillane said, was done.')).toBe(false);
  });

  it('names the person again by the family name, or in full beside a namesake', () => {
    expect(familyNameOf('Oh Ji-hoon', 'Oh Ji-hoon spoke.')).toBe('Oh');
    expect(familyNameOf('Oh Ji-hoon', 'Oh Ji-hoon and Oh Seung-woo spoke.')).toBe('Oh Ji-hoon');
  });

  it('a spelling put right in such a name is "the name of", and the post note names the family name', () => {
    const spelled = correction(
      'Port chief Ryu Min Suh said the fees would rise.',
      'Port chief Ryu Min Seo said the fees would rise.',
      portStory,
    );
    expect(spelled).toContain('misspelled the name of Ryu Min Seo');
    const post = correction(
      'Deputy port chief Ryu Min Seo said the fees would rise.',
      'Port chief Ryu Min Seo said the fees would rise.',
      portStory,
    );
    expect(post).toMatch(/\. Ryu is the port chief/);
    expect(post).not.toContain('Seo is');
  });

  it('a name re-spelled as it sounds is misspelled, never another person', () => {
    expect(soundsAlike('Leigh', 'Lee')).toBe(true);
    expect(soundsAlike('Leigh', 'Lewis')).toBe(false);
    const n = correction(
      'The board’s spokeswoman, Dana Leigh, said the vote was set.',
      'The board’s spokeswoman, Dana Lee, said the vote was set.',
    );
    expect(n).toContain('misspelled the last name of Dana Lee');
  });
});
