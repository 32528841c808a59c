/** Photos and embeds in the note: "Adds photo of …", "Adds video of …", "Replaces photo of …", caption and credit fixes as corrections, the rest cosmetic. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ArticleContent } from '../article/article';
import { blocksToBody, bodyToBlocks, type Block } from '../article/blocks';
import { newContent } from '../article/content';
import { compareArticles } from '../diff/compare';
import { embed, photo } from '../diff/test-support';
import { checkNoteGrammar } from './grammar';
import { captionSubject, photographerOf } from './media';
import { proposeNote } from './propose';
import { articleFromText, inventedNames } from './eval';

const DATE = '2026-11-06T15:00:00';
const text = [
  'River crests in Riverton, closing Main Street',
  'Floodwater closed Main Street in Riverton on Tuesday as the Ash River crested at 21 feet, the highest in 40 years.',
  '"We have never seen it this high," Mayor Ana Ruiz said at City Hall.',
  'Crews from the Riverton Fire Department spent the night pumping water from basements.',
].join('\n\n');

const STREET = 'Firefighters wade through floodwater on Main Street in Riverton, Ohio, on Tuesday, Nov. 3, 2026.';
const street = photo(
  'street',
  { caption: STREET, credit: 'Jon Park/Riverton Ledger', alt: 'Two firefighters in waist-deep brown water.' },
  'phstreet',
);

/** The story's paragraphs with the given media blocks after the first one. */
function story(media: Block[], after = 1): ArticleContent {
  const base = bodyToBlocks(articleFromText(text).body);
  const blocks = [...base.slice(0, after), ...media, ...base.slice(after)];
  return newContent({ headline: 'River crests in Riverton, closing Main Street', body: blocksToBody(blocks), status: 'published' });
}

function noteFor(older: ArticleContent, newer: ArticleContent, form: 'ap' | 'wire' | 'uk' = 'ap') {
  const note = proposeNote(older, newer, { date: DATE, style: { form } });
  if (note.kind !== 'none') expect(checkNoteGrammar(note.text), note.note).toEqual([]);
  return note;
}

describe('what a caption shows: a noun phrase from its structure', () => {
  it.each([
    [STREET, 'firefighters on Main Street'],
    ['Mayor Ana Ruiz speaks to residents at City Hall in Riverton on Wednesday.', 'Mayor Ana Ruiz at City Hall'],
    ['A volunteer carries sandbags outside the fire station in Riverton.', 'a volunteer in Riverton'],
    ['Volunteers from the Red Cross fill sandbags on Elm Street.', 'volunteers from the Red Cross on Elm Street'],
    ['FILE - An aerial view of the flooded downtown of Riverton, Ohio, on Tuesday.', 'the flooded downtown of Riverton'],
    ['In this photo provided by the Riverton Fire Department, crews pump water from a basement on Tuesday.', 'crews'],
    ['Residents (left) watch the river rise near the Ash River Bridge on Tuesday.', 'residents near the Ash River Bridge'],
    ['Smoke rises over the harbor after the explosion in Riverton on Tuesday.', 'smoke in Riverton'],
    ['Supporters of Sen. Dana Whitfield cheer at her election night party in Columbus.', 'supporters of Sen. Dana Whitfield in Columbus'],
    ['This image made from video released by the Ukrainian military shows troops near Kursk.', 'troops near Kursk'],
    ['The Riverton Fire Department responds to a call on Elm Street.', 'the Riverton Fire Department on Elm Street'],
  ])('%s → %s', (caption, subject) => {
    expect(captionSubject(caption, text)).toBe(subject);
  });

  it('never the first words for their own sake: a caption with no clean subject gives nothing', () => {
    expect(captionSubject('He said the water was rising.', text)).toBe('');
    expect(captionSubject('', text)).toBe('');
  });

  it('reads the photographer from a credit', () => {
    expect(photographerOf('Jon Park/Riverton Ledger')).toBe('Jon Park');
    expect(photographerOf('Photo by Mia Lund for The Riverton Ledger')).toBe('Mia Lund');
    expect(photographerOf('Riverton Fire Department')).toBe('');
  });
});

describe('photos and embeds in the proposed note', () => {
  it('a photo added: an update that says what it shows', () => {
    const note = noteFor(story([]), story([street]));
    expect(note.kind).toBe('update');
    expect(note.note).toBe('Update, Nov. 6: Adds photo of firefighters on Main Street.');
    expect(note.redline.stats.photosAdded).toBe(1);
    expect(note.redline.summary).toBe('1 photo added.');
  });

  it('an embedded video added: "Adds video of …"', () => {
    const video = embed('https://www.youtube.com/watch?v=a1b2c3', 'Drone footage shows flooded Main Street in Riverton', 'emvideo');
    const note = noteFor(story([]), story([video]));
    expect(note.note).toBe('Update, Nov. 6: Adds video of flooded Main Street.');
  });

  it('an embedded post names its site; an embed pointed at another video replaces it', () => {
    const post = embed('https://x.com/rivertonmayor/status/1857', 'Mayor Ana Ruiz on the flood', 'empost', 'X');
    expect(noteFor(story([]), story([post])).note).toBe('Update, Nov. 6: Adds X post about Mayor Ana Ruiz.');
    const video = embed('https://www.youtube.com/watch?v=a1b2c3', 'Drone footage shows flooded Main Street in Riverton', 'emvideo');
    const other = { ...video, embed: { ...video.embed!, url: 'https://www.youtube.com/watch?v=z9y8x7' } };
    expect(noteFor(story([video]), story([other])).note).toBe('Update, Nov. 6: Replaces video of flooded Main Street.');
    // A new title alone is the desk's wording: nothing for readers.
    const retitled = { ...video, embed: { ...video.embed!, title: 'Drone footage of Main Street under water' } };
    expect(noteFor(story([video]), story([retitled])).kind).toBe('none');
  });

  it('a photo replaced: "Replaces photo of …"; the wires say "Adds new photo of …"', () => {
    const other = { ...photo('street-wide', street.photo!), id: street.id };
    expect(noteFor(story([street]), story([other])).note).toBe('Update, Nov. 6: Replaces photo of firefighters on Main Street.');
    expect(noteFor(story([street]), story([other]), 'wire').note).toBe('(Adds new photo of firefighters on Main Street)');
  });

  it('beside new comments, the photo is one more item of the list', () => {
    const newer = articleFromText(`${text}\n\n"The water is still rising," Fire Chief Dan Cole said.`);
    const blocks = bodyToBlocks(newer.body);
    const withPhoto = newContent({ ...newer, body: blocksToBody([...blocks, street]) });
    const note = noteFor(story([]), withPhoto);
    expect(note.note).toBe('Update, Nov. 6: Comments from Fire Chief Dan Cole and a photo of firefighters on Main Street.');
    expect(noteFor(story([]), withPhoto, 'uk').note).toBe(
      'This article was amended on 6 November 2026 to add comments from Fire Chief Dan Cole and a photo of firefighters on Main Street.',
    );
  });

  it('a caption that names another person is a correction', () => {
    const before = photo(
      'mayor',
      { caption: 'Mayor Carla Mendes speaks to residents at City Hall on Tuesday.', credit: 'Jon Park/Riverton Ledger' },
      'phmayor',
    );
    const after = { ...before, photo: { ...before.photo!, caption: 'Mayor Ana Ruiz speaks to residents at City Hall on Tuesday.' } };
    const note = noteFor(story([before]), story([after]));
    expect(note.kind).toBe('correction');
    expect(note.note).toBe(
      'Correction, Nov. 6: An earlier version of this article misidentified the mayor in a photo caption. The person shown is Ana Ruiz.',
    );
  });

  it('a caption that fixes the spelling of a name is a correction too', () => {
    const before = photo(
      'mayor',
      { caption: 'Mayor Ana Ruis speaks to residents at City Hall on Tuesday.', credit: 'Jon Park/Riverton Ledger' },
      'phmayor',
    );
    const after = { ...before, photo: { ...before.photo!, caption: 'Mayor Ana Ruiz speaks to residents at City Hall on Tuesday.' } };
    expect(noteFor(story([before]), story([after])).note).toBe(
      'Correction, Nov. 6: An earlier version of this article misspelled the name of Ana Ruiz in a photo caption.',
    );
  });

  it('a caption that fixes a number is a correction in a photo caption', () => {
    const before = photo(
      'crew',
      { caption: 'Twelve firefighters pump water from a basement on Elm Street.', credit: 'Jon Park/Riverton Ledger' },
      'phcrew',
    );
    const after = { ...before, photo: { ...before.photo!, caption: 'Fourteen firefighters pump water from a basement on Elm Street.' } };
    const note = noteFor(story([before]), story([after]));
    expect(note.kind).toBe('correction');
    expect(note.text).toMatch(/^An earlier version of this article misstated .* in a photo caption\./);
  });

  it('a credit naming another photographer is a correction', () => {
    const after = { ...street, photo: { ...street.photo!, credit: 'Mia Lund/Riverton Ledger' } };
    const note = noteFor(story([street]), story([after]));
    expect(note.note).toBe(
      'Correction, Nov. 6: An earlier version of this article misidentified the photographer of the photo of firefighters on Main Street. It was taken by Mia Lund.',
    );
  });

  it('alt text alone, a credit typo and a reworded caption are cosmetic: no note', () => {
    const alt = { ...street, photo: { ...street.photo!, alt: 'Two firefighters in deep brown floodwater.' } };
    const typo = { ...street, photo: { ...street.photo!, credit: 'Jon Parke/Riverton Ledger' } };
    const reworded = {
      ...street,
      photo: {
        ...street.photo!,
        caption: 'On Main Street in Riverton, Ohio, firefighters wade through floodwater on Tuesday, Nov. 3, 2026.',
      },
    };
    for (const after of [alt, typo, reworded]) {
      const note = noteFor(story([street]), story([after]));
      expect(note.kind, JSON.stringify(note.changes)).toBe('none');
      expect(note.changes.length).toBeGreaterThan(0);
      expect(note.changes.every((c) => c.type === 'cosmetic')).toBe(true);
    }
  });

  it('a photo removed or moved adds nothing to the note, but is recorded', () => {
    const removed = noteFor(story([street]), story([]));
    expect(removed.kind).toBe('none');
    expect(removed.changes.map((c) => c.type)).toEqual(['removed']);
    const moved = noteFor(story([street], 1), story([street], 3));
    expect(moved.kind).toBe('none');
  });

  it('reads the one change model: the note uses the redline it is given', () => {
    const older = story([]);
    const newer = story([street]);
    const diff = compareArticles(older, newer);
    const note = proposeNote(older, newer, { date: DATE, diff });
    expect(note.redline.stats).toEqual(diff.stats);
    // A redline that shows no photo change gives no photo in the note.
    const none = proposeNote(older, newer, { date: DATE, diff: compareArticles(older, older) });
    expect(none.kind).toBe('none');
  });
});

describe('any caption gives a note that passes the grammar check and names nothing invented', () => {
  const subject = fc.constantFrom(
    'Firefighters',
    'A volunteer',
    'Mayor Ana Ruiz',
    'Residents of Elm Street',
    'Two boys',
    'The Ash River',
    'Crews from the Riverton Fire Department',
    'He',
  );
  const verb = fc.constantFrom(
    'wade through',
    'carries',
    'watch',
    'speaks to',
    'fill sandbags near',
    'rises past',
    'pump water from',
    'is seen at',
  );
  const object = fc.constantFrom('floodwater', 'residents', 'a basement', 'the river', 'sandbags', 'City Hall', 'the Main Street bridge');
  const place = fc.constantFrom('', ' on Main Street', ' in Riverton, Ohio,', ' at City Hall', ' near the Ash River Bridge', ' (left)');
  const day = fc.constantFrom('', ' on Tuesday', ' on Tuesday, Nov. 3, 2026', ' in 2019');
  const built = fc
    .tuple(fc.constantFrom('', 'FILE - ', 'In this photo provided by the city, '), subject, verb, object, place, day)
    .map(([lead, s, v, o, p, d]) => `${lead}${s} ${v} ${o}${p}${d}.`);
  const caption = fc.oneof({ weight: 4, arbitrary: built }, { weight: 1, arbitrary: fc.string({ maxLength: 80 }) });

  it('a photo added with that caption', () => {
    fc.assert(
      fc.property(caption, (text) => {
        const added = photo('any', { caption: text, credit: 'Jon Park/Riverton Ledger' }, 'phany');
        const newer = story([added]);
        const note = proposeNote(story([]), newer, { date: DATE });
        expect(note.kind).toBe('update');
        expect(note.text).toMatch(/^Adds (?:a )?photo(?: of .+)?\.$/);
        expect(checkNoteGrammar(note.text, text), note.text).toEqual([]);
        // Every name in the description stands in the caption ("Adds" is the note's own word).
        expect(inventedNames(note.text.replace(/^Adds /, ''), text)).toEqual([]);
      }),
      { numRuns: 300, seed: 14 },
    );
  });
});
