import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import exifr from 'exifr';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { bodyToBlocks, type Block } from '../../shared/article/blocks';
import { exportArticle } from '../../shared/export/index';
import {
  SAMPLE_PHOTOS,
  fixtureEmbed,
  leadPhoto,
  mapPhoto,
  photoArticle,
  samplePhotoFiles,
  samplePhotoSource,
} from '../../shared/export/fixtures/photos';
import { exifBlock, jpegWith, JPEG_40x30 } from '../../../tests/photos/images';
import { exportArticleFile } from '../export';
import { importBytes, importFile, type ImportedArticle } from './index';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const photos = (article: ImportedArticle): Block[] => bodyToBlocks(article.body).filter((b) => b.type === 'photo');
const texts = (article: ImportedArticle): string[] => bodyToBlocks(article.body).map((b) => b.runs.map((r) => r.text).join(''));
const page = (body: string) =>
  Buffer.from(
    `<!doctype html><html><head><title>Tram</title></head><body><h1>Tram line approved</h1><p>The council voted on Tuesday to build the line.</p>${body}<p>Work starts in spring.</p></body></html>`,
  );
const jpegUrl = `data:image/jpeg;base64,${JPEG_40x30.toString('base64')}`;

const folders: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-import-images-'));
  folders.push(dir);
  return dir;
}
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('HTML import with images', () => {
  it('keeps a figure as a photo: its image, caption, credit span and alt text', async () => {
    const article = await importBytes(
      'tram.html',
      page(
        `<figure><img src="${jpegUrl}" alt="A tram at the platform"><figcaption>The first tram arrives. <span class="credit">Anna Wójcik/AP</span></figcaption></figure>`,
      ),
    );
    const [photo] = photos(article);
    expect(photo!.photo).toMatchObject({
      mime: 'image/jpeg',
      width: 40,
      height: 30,
      caption: 'The first tram arrives.',
      credit: 'Anna Wójcik/AP',
      alt: 'A tram at the platform',
    });
    expect(article.images).toHaveLength(1);
    expect(article.images![0]!.hash).toBe(photo!.photo!.hash);
    expect(sha(article.images![0]!.bytes)).toBe(photo!.photo!.hash);
    expect(article.importNotes).toBeUndefined();
    expect(article.pendingImages).toBeUndefined();
    // The photo sits where the page had it, between the two paragraphs.
    expect(bodyToBlocks(article.body).map((b) => b.type)).toEqual(['paragraph', 'photo', 'paragraph']);
  });

  it('reads the image inside a <picture>, as news sites write them', async () => {
    const article = await importBytes(
      'tram.html',
      page(
        `<figure><picture><source srcset="https://cdn.example.org/t.webp"><img src="${jpegUrl}" alt="A tram"></picture><figcaption>The tram.</figcaption></figure>`,
      ),
    );
    expect(photos(article)[0]!.photo).toMatchObject({ caption: 'The tram.', alt: 'A tram', width: 40 });
  });

  it('reads an obvious credit at the end of a caption', async () => {
    const article = await importBytes(
      'tram.html',
      page(`<figure><img src="${jpegUrl}" alt=""><figcaption>Crowds at the square. Photo: Jane Doe/Reuters</figcaption></figure>`),
    );
    expect(photos(article)[0]!.photo).toMatchObject({ caption: 'Crowds at the square.', credit: 'Jane Doe/Reuters' });
  });

  it('never fetches a remote image: keeps its words and says so in the report', async () => {
    const article = await importBytes(
      'tram.html',
      page(
        '<figure><img src="https://images.example.org/tram.jpg" alt="A tram"><figcaption>The first tram. <span class="credit">AP</span></figcaption></figure>',
      ),
    );
    expect(photos(article)).toHaveLength(0);
    expect(texts(article)).toContain('[Photo: The first tram. (AP)]');
    expect(article.importNotes).toEqual([
      'remote image not downloaded: https://images.example.org/tram.jpg (its caption and alt text are kept)',
    ]);
    expect(article.images).toBeUndefined();
  });

  it('refuses an SVG (or any image the photo checks refuse) with the reason, keeping the words', async () => {
    const svg = `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>').toString('base64')}`;
    const article = await importBytes('x.html', page(`<figure><img src="${svg}" alt="A chart"></figure>`));
    expect(photos(article)).toHaveLength(0);
    expect(texts(article)).toContain('[Photo: A chart]');
    expect(article.importNotes).toHaveLength(1);
    expect(article.importNotes![0]).toMatch(/^image not imported: .*SVG/);
  });

  it('takes out an image’s location as addPhoto does', async () => {
    const located = jpegWith(JPEG_40x30, { exif: exifBlock({ location: { latitude: 51.76, longitude: 19.46 } }) });
    expect((await exifr.gps(located))?.latitude).toBeCloseTo(51.76, 1);
    const article = await importBytes(
      'x.html',
      page(`<p><img src="data:image/jpeg;base64,${located.toString('base64')}" alt="Located"></p>`),
    );
    const stored = article.images![0]!.bytes;
    expect(await exifr.gps(Buffer.from(stored)).catch(() => undefined)).toBeUndefined();
    expect(photos(article)[0]!.photo!.hash).toBe(sha(stored));
  });

  it('refuses a file with more than 200 images, by name', async () => {
    const many = Array.from({ length: 201 }, () => `<img src="${jpegUrl}" alt="">`).join('');
    await expect(importBytes('many.html', page(`<p>${many}</p>`))).rejects.toThrow(
      /many\.html.*201 images; one article can bring at most 200/,
    );
  });
});

describe('Markdown import with local images', () => {
  it('reads images beside the file, and its caption line', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'images'));
    writeFileSync(join(dir, 'images', 'tram one.jpg'), JPEG_40x30);
    writeFileSync(
      join(dir, 'story.md'),
      '# Tram line approved\n\nThe council voted.\n\n![A tram](images/tram%20one.jpg "The first tram")\n\n_The first tram_ (Anna Wójcik)\n\nWork starts in spring.\n',
    );
    const article = await importFile(join(dir, 'story.md'));
    expect(photos(article)[0]!.photo).toMatchObject({
      hash: sha(JPEG_40x30),
      caption: 'The first tram',
      credit: 'Anna Wójcik',
      alt: 'A tram',
      width: 40,
      height: 30,
    });
    expect(texts(article)).not.toContain('The first tram (Anna Wójcik)');
    expect(article.importNotes).toBeUndefined();
  });

  it('refuses ../ escapes, absolute paths and links leading out of the folder, with plain reasons', async () => {
    const outside = folder();
    writeFileSync(join(outside, 'secret.jpg'), JPEG_40x30);
    const dir = folder();
    symlinkSync(join(outside, 'secret.jpg'), join(dir, 'link.jpg'));
    writeFileSync(
      join(dir, 'story.md'),
      `# Tram\n\nWords.\n\n![a](../${outside.split('/').pop()}/secret.jpg)\n\n![b](${join(outside, 'secret.jpg')})\n\n![c](link.jpg)\n\n![d](file:///etc/passwd)\n\n![e](missing.jpg)\n`,
    );
    const article = await importFile(join(dir, 'story.md'));
    expect(photos(article)).toHaveLength(0);
    expect(article.images).toBeUndefined();
    expect(article.importNotes).toEqual([
      expect.stringMatching(/^image ".*secret\.jpg" not imported: it points outside the imported file's folder$/),
      expect.stringMatching(/^image ".*secret\.jpg" not imported: it is an absolute path/),
      'image "link.jpg" not imported: it points outside the imported file\'s folder',
      'image "file:///etc/passwd" not imported: it is an absolute path; only images in the imported file\'s folder come in',
      'image "missing.jpg" not imported: there is no such file beside the imported file',
    ]);
    expect(texts(article)).toEqual(expect.arrayContaining(['[Photo: a]', '[Photo: b]']));
  });

  it('says why when a Markdown file comes alone, without its folder', async () => {
    const article = await importBytes('story.md', Buffer.from('# Tram\n\nWords.\n\n![A tram](images/tram.jpg)\n'));
    expect(article.importNotes).toEqual([expect.stringMatching(/^image "images\/tram\.jpg" not imported: the file came alone/)]);
  });
});

describe('round trips through the exports', () => {
  const expected = (photo: typeof leadPhoto) => ({
    hash: photo.hash,
    mime: photo.mime,
    caption: photo.caption,
    credit: photo.credit,
    alt: photo.alt,
  });

  it('Copydesk JSON: the bytes come back, checked against their hash', async () => {
    const json = exportArticle(photoArticle(), 'json', { provider: 'Copydesk', photos: samplePhotoSource });
    const article = await importBytes('tram.copydesk.json', Buffer.from(json));
    expect(photos(article).map((b) => b.photo)).toEqual([
      expect.objectContaining(expected(leadPhoto)),
      expect.objectContaining(expected(mapPhoto)),
    ]);
    expect(article.images!.map((i) => i.hash).sort()).toEqual([SAMPLE_PHOTOS.jpeg.hash, SAMPLE_PHOTOS.png.hash].sort());
    expect(bodyToBlocks(article.body).find((b) => b.type === 'embed')?.embed?.url).toBe('https://www.youtube.com/watch?v=abc123');
  });

  it('Copydesk JSON: a photo whose bytes do not match its hash is not imported, and the report says so', async () => {
    const doc = JSON.parse(exportArticle(photoArticle(), 'json', { provider: 'Copydesk', photos: samplePhotoSource }));
    doc.photos[SAMPLE_PHOTOS.jpeg.hash].base64 = SAMPLE_PHOTOS.gif.base64;
    const article = await importBytes('tram.copydesk.json', Buffer.from(JSON.stringify(doc)));
    expect(article.importNotes).toEqual([
      `photo ${SAMPLE_PHOTOS.jpeg.hash.slice(0, 12)}… not imported: its bytes do not match its SHA-256 (the file is damaged)`,
    ]);
    expect(photos(article).map((b) => b.photo!.hash)).toEqual([SAMPLE_PHOTOS.png.hash]);
  });

  it('DOCX: pictures, captions, credits and alt text come back', async () => {
    const file = await exportArticleFile(photoArticle(), 'docx', { provider: 'Copydesk', photoFiles: samplePhotoFiles() });
    const article = await importBytes('tram.docx', file.data as Buffer);
    expect(photos(article).map((b) => b.photo)).toEqual([
      expect.objectContaining(expected(leadPhoto)),
      expect.objectContaining(expected(mapPhoto)),
    ]);
    expect(article.images).toHaveLength(2);
  });

  it('Markdown zip: unpacked, the article and its images folder import as they were', async () => {
    const file = await exportArticleFile(photoArticle(), 'md', {
      provider: 'Copydesk',
      photoFiles: samplePhotoFiles(),
      bundleName: 'tram',
    });
    const zip = await JSZip.loadAsync(file.data as Buffer);
    const dir = folder();
    mkdirSync(join(dir, 'images'));
    for (const name of Object.keys(zip.files).filter((n) => !n.endsWith('/')))
      writeFileSync(join(dir, name), await zip.file(name)!.async('nodebuffer'));
    const article = await importFile(join(dir, 'tram.md'));
    expect(photos(article).map((b) => b.photo)).toEqual([
      expect.objectContaining(expected(leadPhoto)),
      expect.objectContaining(expected(mapPhoto)),
    ]);
    expect(article.importNotes).toBeUndefined();
  });

  it('HTML: the single-file export imports with its inline images', async () => {
    const file = await exportArticleFile(photoArticle(), 'html', { provider: 'Copydesk', photoFiles: samplePhotoFiles() });
    const article = await importBytes('tram.html', Buffer.from(String(file.data)));
    expect(photos(article).map((b) => b.photo)).toEqual([
      expect.objectContaining(expected(leadPhoto)),
      expect.objectContaining(expected(mapPhoto)),
    ]);
    // The embed's link card comes back as the embed it was; a card whose link fails the policy does not.
    expect(
      bodyToBlocks(article.body)
        .filter((b) => b.type === 'embed')
        .map((b) => b.embed),
    ).toEqual([fixtureEmbed]);
    const bad = await importBytes(
      'x.html',
      page('<figure class="embed"><a class="embed-card" href="javascript:alert(1)">Watch</a></figure>'),
    );
    expect(bodyToBlocks(bad.body).some((b) => b.type === 'embed')).toBe(false);
    expect(texts(bad)).toContain('Watch');
  });
});

describe('an article in a ZIP with its images (what a browser can upload)', () => {
  const zipOf = async (entries: Record<string, string | Uint8Array>) => {
    const zip = new JSZip();
    for (const [name, data] of Object.entries(entries)) zip.file(name, data);
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  };

  it('imports the Markdown export of an article with photos, its images from the ZIP', async () => {
    const file = await exportArticleFile(photoArticle(), 'md', {
      provider: 'Copydesk',
      photoFiles: samplePhotoFiles(),
      bundleName: 'tram',
    });
    const article = await importBytes('tram.md.zip', file.data as Buffer);
    expect(photos(article).map((b) => b.photo)).toEqual([
      expect.objectContaining({ hash: leadPhoto.hash, caption: leadPhoto.caption, credit: leadPhoto.credit, alt: leadPhoto.alt }),
      expect.objectContaining({ hash: mapPhoto.hash, caption: mapPhoto.caption, credit: mapPhoto.credit, alt: mapPhoto.alt }),
    ]);
    expect(article.importNotes).toBeUndefined();
    expect(article).not.toHaveProperty('zipImages');
  });

  it('never climbs out of the ZIP, and says which image it lacks', async () => {
    const bytes = await zipOf({
      'story.md':
        '# Tram\n\nWords.\n\n![a](../images/x.jpg)\n\n![b](images/../../x.jpg)\n\n![c](images/missing.jpg)\n\n![d](pics/./t.jpg)\n',
      'pics/t.jpg': JPEG_40x30,
    });
    const article = await importBytes('story.zip', bytes);
    expect(article.importNotes).toEqual([
      'image "../images/x.jpg" not imported: it points outside the ZIP',
      'image "images/../../x.jpg" not imported: it points outside the ZIP',
      'image "images/missing.jpg" not imported: the ZIP holds no such image',
    ]);
    expect(photos(article)).toHaveLength(1);
  });

  it('refuses a ZIP without exactly one article file at its top, and a ZIP named .docx', async () => {
    await expect(importBytes('pics.zip', await zipOf({ 'images/t.jpg': JPEG_40x30 }))).rejects.toThrow(/pics\.zip.*holds no article file/);
    await expect(importBytes('two.zip', await zipOf({ 'a.md': '# A', 'b.html': '<h1>B</h1>' }))).rejects.toThrow(
      /two\.zip.*holds 2 article files/,
    );
    await expect(importBytes('x.docx', await zipOf({ 'a.md': '# A' }))).rejects.toThrow(/it is a ZIP archive, not a Word document/);
  });

  it('refuses an entry that unpacks far more than it packs (a zip bomb) from the directory', async () => {
    const bytes = await zipOf({ 'story.md': '# Tram\n\n' + 'a'.repeat(30 * 1024 * 1024) });
    await expect(importBytes('bomb.zip', bytes)).rejects.toThrow(/zip bomb/);
  });
});
