import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { fixtureArticle } from '../../shared/export/fixtures/article';
import { exportDocx } from './docx';

describe('DOCX export', () => {
  it('reads back with headline, byline, body and notes', async () => {
    const buffer = await exportDocx(fixtureArticle, { provider: 'Copydesk' });
    const { value: text } = await mammoth.extractRawText({ buffer });
    expect(text).toContain(fixtureArticle.headline);
    expect(text).toContain('By ANNA WÓJCIK and DAVID OKAFOR');
    expect(text).toContain('ŁÓDŹ, Poland');
    expect(text).toContain('The city council of Łódź voted 31 to 8');
    expect(text).toContain('a public hearing in each district the line crosses');
    expect(text).toContain('Update, March 5: Adds comment');
    expect(text).toContain('Correction, March 5: An earlier version');
    expect(text.indexOf('Correction, March 5')).toBeGreaterThan(text.indexOf('beside the terminal'));

    const { value: html } = await mammoth.convertToHtml({ buffer });
    expect(html).toContain('<strong>2019</strong>');
    expect(html).toContain('<em>late 2028</em>');
    expect(html).toContain('<a href="https://example.org/lodz/tram-plan">transport department’s plan</a>');
    expect(html).toContain('<h2>What the vote decides</h2>');
    expect(html).toMatch(/<ul><li>a signed grant/);
  });

  it('uses Word styles for the quote and numbering for lists', async () => {
    const buffer = await exportDocx(fixtureArticle, { provider: 'Copydesk' });
    const zip = await JSZip.loadAsync(buffer);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('<w:pStyle w:val="Quote"/>');
    expect(xml).toContain('<w:numPr>');
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
  });
});

describe('DOCX export of characters XML cannot hold', () => {
  it('U+FFFF and control characters in a headline still make well-formed XML', async () => {
    const { default: JSZip } = await import('jszip');
    const { JSDOM } = await import('jsdom');
    const { exportArticleFile } = await import('./index');
    const { fixtureArticle } = await import('../../shared/export/fixtures/article');
    const file = await exportArticleFile({ ...fixtureArticle, headline: 'Bad\uffff head\u0001line\u001b' }, 'docx', {
      provider: 'Copydesk',
    });
    const xml = await (await JSZip.loadAsync(file.data as Buffer)).file('word/document.xml')!.async('string');
    const doc = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('parsererror').length).toBe(0);
    expect(xml).toContain('Bad headline');
  });
});

describe('DOCX export with photos', () => {
  it('places each photo at the text width with its alt text, caption and credit under it', async () => {
    const { photoArticle, samplePhotoSource, leadPhoto } = await import('../../shared/export/fixtures/photos');
    const buffer = await exportDocx(photoArticle(), { provider: 'Copydesk', photos: samplePhotoSource });
    const zip = await JSZip.loadAsync(buffer);
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(2);
    const xml = await zip.file('word/document.xml')!.async('string');
    // 602 px at 9525 EMU a pixel: the text width of an A4 page with one-inch margins.
    expect(xml.match(/<wp:extent cx="5734050" cy="5734050"\/>/g)).toHaveLength(2);
    expect(xml).toContain(`descr="${leadPhoto.alt}"`);
    expect(xml).toContain('<w:pStyle w:val="Caption"/>');
    expect(xml).toContain('<w:rStyle w:val="PhotoCredit"/>');
    const { value: text } = await mammoth.extractRawText({ buffer });
    expect(text).toContain('A tram waits at Fabryczna station, where the airport line will begin.  Anna Wójcik/Copydesk');
    expect(text).toContain('YouTube: The council’s vote, in full');
    // Caption comes after the picture and before the next paragraph of the story.
    const { value: html } = await mammoth.convertToHtml({ buffer });
    expect(html.indexOf('<img')).toBeGreaterThan(html.indexOf('The city council of Łódź'));
    expect(html.indexOf('A tram waits')).toBeGreaterThan(html.indexOf('<img'));
  });

  it('writes WebP, which Word cannot hold here, as a box with the alt text', async () => {
    const { SAMPLE_PHOTOS, samplePhotoFields, samplePhotoSource } = await import('../../shared/export/fixtures/photos');
    const { blocksToBody } = await import('../../shared/article/blocks');
    const webp = samplePhotoFields(SAMPLE_PHOTOS.webp, { alt: 'Crowd at the council chamber', caption: 'The vote', credit: 'Copydesk' });
    const gif = samplePhotoFields(SAMPLE_PHOTOS.gif, { alt: 'A chart' });
    const body = blocksToBody([
      { id: 'w', type: 'photo', runs: [], photo: webp },
      { id: 'g', type: 'photo', runs: [], photo: gif },
    ]);
    const buffer = await exportDocx({ ...fixtureArticle, body }, { provider: 'Copydesk', photos: samplePhotoSource });
    const zip = await JSZip.loadAsync(buffer);
    expect(Object.keys(zip.files).filter((name) => name.startsWith('word/media/'))).toHaveLength(1);
    const { value: text } = await mammoth.extractRawText({ buffer });
    expect(text).toContain('[Photo: Crowd at the council chamber]');
    expect(text).toContain('The vote  Copydesk');
  });
});
