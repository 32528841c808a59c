/**
 * Round 22 (fix22t): a post put right is read with its holder from the apposition that sets it
 * beside a name, and told whole (held-posts.ts). Invented copy only.
 */
import { describe, expect, it } from 'vitest';
import { harborBoardStory, noteForEdit } from '../../../tests/support/note-stories';
import { heldPostPutRight } from './held-posts';
import { secondReference } from './printed-posts';

/** The note for one edited paragraph of the harbor-board story, which must be a correction. */
function correction(older: string, newer: string): string {
  const n = noteForEdit(harborBoardStory, older, newer);
  expect(n.kind).toBe('correction');
  return n.note;
}

describe('the post and its holder read from the apposition (held-posts.ts)', () => {
  it('a post before the second of two titled names is that person’s, never the first’s', () => {
    const n = correction(
      'Tarn Ferries CEO Dana Ruiz and CFO Omar Bellweather discussed the timetable and the fares.',
      'Tarn Ferries CEO Dana Ruiz and chairman Omar Bellweather discussed the timetable and the fares.',
    );
    expect(n).toContain("misstated Omar Bellweather's title. Bellweather is the chairman, not the chief financial officer.");
    expect(n).not.toContain('Ruiz');
  });

  it('post words added after the name are a correction, never rewording', () => {
    const n = correction(
      '“Flu can strike at any time,” said Dr. Ivo Marsh, county public health officer.',
      '“Flu can strike at any time,” said Dr. Ivo Marsh, county interim deputy public health officer.',
    );
    expect(n).toContain('Marsh is the county interim deputy public health officer, not the county public health officer.');
  });

  it('the body inside the post put right: the post whole, the body that differs told', () => {
    const n = correction(
      '“We will fix it,” said Lena Vold, the chairwoman of Corvale’s management board, on Tuesday.',
      '“We will fix it,” said Lena Vold, the chairwoman of Corvale’s supervisory board, on Tuesday.',
    );
    expect(n).toContain("Vold is the chairwoman of Corvale's supervisory board, not of Corvale's management board.");
  });

  it('a body keeps its number, and a title run set off by a comma names the person after it', () => {
    const spoke = correction(
      'Tomas Ekwueme, spokesman of Brigade 41 in Tarn, said the road was shut.',
      'Tomas Ekwueme, commander of Brigade 41 in Tarn, said the road was shut.',
    );
    expect(spoke).toContain('Ekwueme is the commander of Brigade 41, not its spokesman.');
    const found = heldPostPutRight(
      'TPA Senior Safety Inspector, Rhea Tallis, was on the pier on Monday.',
      'CGA Senior Safety Inspector, Rhea Tallis, was on the pier on Monday.',
      'CGA Senior Safety Inspector, Rhea Tallis, was on the pier on Monday.',
    );
    expect(found).toMatchObject({ name: 'Rhea Tallis', right: 'a CGA senior safety inspector', wrong: 'a TPA senior safety inspector' });
  });

  it('an honorific and an age are no part of the post', () => {
    const found = heldPostPutRight(
      'The prize went to Tarn chief engineer Dr Keira Blanc and her team.',
      'The prize went to Tarn engineer Dr Keira Blanc and her team.',
      'The prize went to Tarn engineer Dr Keira Blanc and her team. Blanc said the team earned it.',
    );
    expect(found).toMatchObject({ name: 'Keira Blanc', again: 'Blanc' });
    expect(`${found?.right} ${found?.wrong}`).not.toMatch(/doctor|Dr/);
    const aged = heldPostPutRight(
      'Oren Vasko, a 41-year-old IT consultant, said the ferry was late.',
      'Oren Vasko, a 41-year-old IT worker, said the ferry was late.',
      'Oren Vasko, a 41-year-old IT worker, said the ferry was late. Vasko takes it daily.',
    );
    expect(aged).toMatchObject({ right: 'an IT worker', wrong: 'an IT consultant' });
  });

  it('near misses: a word for the same role, kin, a name re-spelled, a post no name holds', () => {
    expect(
      heldPostPutRight('Ivo Marsh, the board spokesman, said so.', 'Ivo Marsh, the board spokesperson, said so.', 'Ivo Marsh said so.'),
    ).toBeNull();
    expect(
      heldPostPutRight(
        'Ines Varga, the older sister of the skipper, said so.',
        'Ines Varga, the younger sister of the skipper, said so.',
        'Ines Varga said so.',
      ),
    ).toBeNull();
    expect(
      heldPostPutRight('Coach Ana Lind praised Tomas Acqua, the captain.', 'Coach Ana Lind praised Tomas Acquah, the captain.', ''),
    ).toBeNull();
    expect(
      heldPostPutRight('The boat was handed to the crown counsel.', 'The boat was handed to the deputy crown counsel.', ''),
    ).toBeNull();
  });
});

describe('the holder told on the family name a Korean name prints first (merge review of round 22)', () => {
  it('tells "Kang Min-seo" as Kang, even where the article never prints Kang alone', () => {
    const n = correction(
      'Harbor board vice chair Kang Min-seo presented the timetable and the fares.',
      'Harbor board chair Kang Min-seo presented the timetable and the fares.',
    );
    expect(n).toMatch(/\. Kang is /);
    expect(n).not.toMatch(/Min-seo is/);
  });
  it('near miss: a double-barrelled surname keeps its capital and stays the surname', () => {
    expect(secondReference('Ann Smith-Jones', 'Ann Smith-Jones spoke. The board met.')).toBe('Smith-Jones');
  });
});
