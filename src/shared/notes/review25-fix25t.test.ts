/**
 * Round 25, titles (fix25t): a player's position put right is told as a position, never a title
 * ("misstated Ada Roe's position"), and a describing compound before a post ("in-form striker") is no
 * part of the post, so it is never cut to "-form"; a body that is only its article ("head of the $2
 * billion …") is none. Invented copy only.
 */
import { describe, expect, it } from 'vitest';
import { noteForEdit } from '../../../tests/support/note-stories';
import type { StoryFrame } from '../../../tests/support/note-stories';
import { heldPostPhrase, heldPostPutRight } from './held-posts';
import { isPlayingPosition, positionNotTitle } from './playing-positions';

const matchStory: StoryFrame = {
  head: 'Harwick Rovers edge past Millbrook in cup tie',
  before: ['Harwick Rovers beat Millbrook 2-1 on Saturday to reach the cup quarterfinals.'],
  after: ['The Rovers will host Tarnside in the next round, the club said.'],
  date: '2026-03-04',
};

/** The note for an edit, which must be a correction. */
function corrected(frame: StoryFrame, was: string, now: string) {
  const n = noteForEdit(frame, was, now);
  expect(n.kind).toBe('correction');
  return n;
}

describe('a playing position is told as a position', () => {
  it('knows positions of one word and of two, and no post of an office', () => {
    expect(isPlayingPosition('a Harwick rookie linebacker')).toBe(true);
    expect(isPlayingPosition('the first baseman')).toBe(true);
    expect(isPlayingPosition('a wide receiver.')).toBe(true);
    expect(isPlayingPosition('the head coach')).toBe(false);
    expect(isPlayingPosition('the captain')).toBe(false);
    expect(isPlayingPosition('a back')).toBe(false);
  });

  it('changes "title" only when both posts told are positions', () => {
    expect(positionNotTitle("misstated Ada Roe's title. Roe is a striker, not a midfielder.")).toBe(
      "misstated Ada Roe's position. Roe is a striker, not a midfielder.",
    );
    expect(positionNotTitle("misstated Piet Olander' title. Olander is a tight end, not a wide receiver")).toBe(
      "misstated Piet Olander' position. Olander is a tight end, not a wide receiver",
    );
    // (A coach put right for a player, or a captaincy, is a title still.)
    expect(positionNotTitle("misstated Ada Roe's title. Roe is the head coach, not a midfielder.")).toMatch(/title/);
    expect(positionNotTitle("misstated Ada Roe's title. Roe is the captain, not the vice-captain.")).toMatch(/title/);
    // (A phrase of another shape is left as it came.)
    expect(positionNotTitle('misidentified Ada Roe as a defender. Roe is a goalkeeper.')).toBe(
      'misidentified Ada Roe as a defender. Roe is a goalkeeper.',
    );
  });

  it('a position before a player’s name put right is the player’s position in the note', () => {
    const n = corrected(
      matchStory,
      'Dane Brennick missed the game with a knee injury but warmed up with his brother, Harwick rookie midfielder Tomas Brennick. The Rovers captain joked with Tomas before kickoff.',
      'Dane Brennick missed the game with a knee injury but warmed up with his brother, Harwick rookie striker Tomas Brennick. The Rovers captain joked with Tomas before kickoff.',
    );
    expect(n.note).toMatch(/misstated Tomas Brennick's position\. .* is a Harwick rookie striker, not a midfielder\.$/);
    expect(n.note).not.toMatch(/title/);
  });

  it('a position set alone before the name is still the player misidentified, as the role readers tell it', () => {
    const n = corrected(
      matchStory,
      'The winner came from midfielder Tomas Brennick in the 88th minute, his third goal of the season.',
      'The winner came from striker Tomas Brennick in the 88th minute, his third goal of the season.',
    );
    expect(n.note).toMatch(/misidentified Tomas Brennick as a midfielder\. Brennick is a striker\.$/);
  });

  it('a coach put right before the name keeps its title', () => {
    const n = corrected(
      matchStory,
      'Assistant coach Mara Delgado said the squad had trained for penalties all week.',
      'Head coach Mara Delgado said the squad had trained for penalties all week.',
    );
    expect(n.note).toMatch(/misstated Mara Delgado's title/);
  });
});

describe('a describing compound before a post is no part of it', () => {
  const was = 'Piet Olander, who sat out the last round, in-form midfielder Tomas Brennick, Jon Hale and Rui Acosta all return.';
  const now = 'Piet Olander, who sat out the last round, in-form striker Tomas Brennick, Jon Hale and Rui Acosta all return.';

  it('the post read beside the name is "a striker", never "a -form striker"', () => {
    const found = heldPostPutRight(was, now, now);
    expect(found?.right).toBe('a striker');
    expect(found?.wrong).toBe('a midfielder');
  });

  it('the note never prints the compound cut at its hyphen', () => {
    const n = corrected(matchStory, was, now);
    expect(n.note).not.toMatch(/-form/);
    expect(n.note).toMatch(/Brennick is a striker/);
  });
});

describe('a body that is only its article is no body', () => {
  it('"the head of the $2 billion …" is told "the head", never "the head of the"', () => {
    const was =
      'Rui Acosta, the ex-deputy head of the $2 billion Tarn County Pension Fund’s bond desk, took more than $50,000 in gifts, prosecutors said.';
    const now =
      'Rui Acosta, the ex-head of the $2 billion Tarn County Pension Fund’s bond desk, took more than $50,000 in gifts, prosecutors said.';
    const found = heldPostPutRight(was, now, now);
    expect(found?.right).toBe('the head');
    expect(heldPostPhrase(found!)).not.toMatch(/\bof the\b/);
  });
});
