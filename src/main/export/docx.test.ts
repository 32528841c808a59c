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
    const file = await exportArticleFile({ ...fixtureArticle, headline: 'Bad\uffff head\u0001line\u001b' }, 'docx', { provider: 'Copydesk' });
    const xml = await (await JSZip.loadAsync(file.data as Buffer)).file('word/document.xml')!.async('string');
    const doc = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('parsererror').length).toBe(0);
    expect(xml).toContain('Bad headline');
  });
});
