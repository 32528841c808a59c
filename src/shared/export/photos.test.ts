import { createHash } from 'node:crypto';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { imageSize } from 'image-size';
import { exportArticle } from './index';
import { SAMPLE_PHOTOS, fixtureEmbed, leadPhoto, mapPhoto, photoArticle, samplePhotoSource } from './fixtures/photos';
import { base64ToBytes, bytesToBase64, photoFilePath, photoTextLine, photoSourceOfFiles } from './photos';
import { copydeskJson } from './json';
import { fixtureArticle } from './fixtures/article';
import { ninjsDocument } from './ninjs';

const options = { provider: 'Copydesk', photos: samplePhotoSource };
const article = photoArticle();

describe('sample photos', () => {
  it('are real images whose names are their SHA-256', () => {
    for (const sample of Object.values(SAMPLE_PHOTOS)) {
      const bytes = base64ToBytes(sample.base64);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(sample.hash);
      expect(imageSize(bytes)).toMatchObject({ width: 1, height: 1 });
    }
  });

  it('base64 round-trips bytes of every value, across the chunk boundary', () => {
    const bytes = new Uint8Array(0x6000 * 2 + 5).map((_, i) => (i * 31) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(Array.from(base64ToBytes(bytesToBase64(bytes)))).toEqual(Array.from(bytes));
  });

  it('names image files by the first twelve hex digits of the hash', () => {
    expect(photoFilePath(leadPhoto)).toBe('images/25cf0f0ce42f.jpg');
    expect(photoFilePath(mapPhoto)).toBe('images/6b7fa434f92a.png');
  });
});

describe('HTML export with photos', () => {
  it('writes each photo as a figure with its image inline, alt, caption and credit', () => {
    const html = exportArticle(article, 'html', options);
    const { document } = new JSDOM(html).window;
    const figures = Array.from(document.querySelectorAll('figure.photo'));
    expect(figures).toHaveLength(2);
    const img = figures[0]!.querySelector('img')!;
    expect(img.getAttribute('src')).toBe(`data:image/jpeg;base64,${SAMPLE_PHOTOS.jpeg.base64}`);
    expect(img.getAttribute('alt')).toBe(leadPhoto.alt);
    expect(figures[0]!.querySelector('figcaption')!.innerHTML).toBe(
      'A tram waits at Fabryczna station, where the airport line will begin. <span class="credit">Anna Wójcik/Copydesk</span>',
    );
    // Caption words are escaped, never markup.
    expect(figures[1]!.querySelector('figcaption')!.textContent).toBe('The planned route <east> & "west". City of Łódź');
    expect(figures[1]!.querySelector('figcaption script, figcaption east')).toBeNull();
  });

  it('writes an embed as a link card, never a frame', () => {
    const html = exportArticle(article, 'html', options);
    expect(html).not.toMatch(/<iframe/i);
    expect(html).toContain(`<a class="embed-card" href="${fixtureEmbed.url.replace('&', '&amp;')}" rel="noopener noreferrer">`);
    expect(html).toContain('<span class="embed-title">The council’s vote, in full</span>');
  });

  it('keeps caption and alt text but no broken image when the store lacks the bytes', () => {
    const html = exportArticle(article, 'html', { provider: 'Copydesk', photos: photoSourceOfFiles({}) });
    const { document } = new JSDOM(html).window;
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(document.querySelector('figure.photo.no-image .photo-alt')!.textContent).toBe(leadPhoto.alt);
    expect(document.querySelector('figure.photo.no-image figcaption')!.textContent).toContain('A tram waits');
  });
});

describe('Markdown export with photos', () => {
  const md = exportArticle(article, 'md', options);

  it('writes image syntax to the file beside it, with the caption as title and a caption/credit line', () => {
    expect(md).toContain(
      '![A red and white tram at an underground platform](images/25cf0f0ce42f.jpg "A tram waits at Fabryczna station, where the airport line will begin.")\n\n' +
        '_A tram waits at Fabryczna station, where the airport line will begin._ (Anna Wójcik/Copydesk)',
    );
    expect(md).toContain('![Map of the 9.4-kilometer route](images/6b7fa434f92a.png "The planned route <east> & \\"west\\".")');
    expect(md).toContain('[The council’s vote, in full](<https://www.youtube.com/watch?v=abc123>) (YouTube)');
  });

  it('writes a photo without bytes as words', () => {
    const bare = exportArticle(article, 'md', { provider: 'Copydesk' });
    expect(bare).not.toContain('![');
    expect(bare).toContain('\\[Photo: A tram waits at Fabryczna station, where the airport line will begin. (Anna Wójcik/Copydesk)\\]');
  });
});

describe('text export with photos', () => {
  it('prints [Photo: caption (credit)] where the photo stands', () => {
    const txt = exportArticle(article, 'txt', options);
    const lines = txt.split('\n\n');
    expect(lines).toContain('[Photo: A tram waits at Fabryczna station, where the airport line will begin. (Anna Wójcik/Copydesk)]');
    expect(lines).toContain('[The council’s vote, in full: https://www.youtube.com/watch?v=abc123]');
    expect(photoTextLine({ caption: '', credit: 'AP', alt: 'A crowd' })).toBe('[Photo: A crowd (AP)]');
    expect(photoTextLine({ caption: '', credit: '', alt: '' })).toBe('[Photo]');
  });
});

describe('Copydesk JSON with photos', () => {
  it('carries the bytes of each photo the body names, keyed by hash', () => {
    const doc = copydeskJson(article, options);
    expect(Object.keys(doc.photos!).sort()).toEqual([SAMPLE_PHOTOS.jpeg.hash, SAMPLE_PHOTOS.png.hash].sort());
    expect(doc.photos![SAMPLE_PHOTOS.png.hash]).toEqual({ mime: 'image/png', base64: SAMPLE_PHOTOS.png.base64 });
  });

  it('has no photos map when the body has no photos', () => {
    expect(copydeskJson(fixtureArticle, options).photos).toBeUndefined();
  });
});

describe('NITF and ninjs with photos', () => {
  it('NITF: a media element per photo with reference, type, size, alt, caption and credit', () => {
    const xml = exportArticle(article, 'nitf', options);
    expect(xml).toContain(
      '<media media-type="image"><media-reference source="images/25cf0f0ce42f.jpg" mime-type="image/jpeg" width="1" height="1" units="pixels" alternate-text="A red and white tram at an underground platform"/>' +
        '<media-caption>A tram waits at Fabryczna station, where the airport line will begin.</media-caption><media-producer>Anna Wójcik/Copydesk</media-producer></media>',
    );
    expect(xml).toContain('<media-caption>The planned route &lt;east&gt; &amp; &quot;west&quot;.</media-caption>');
    expect(xml).toContain(
      '<p class="embed"><a href="https://www.youtube.com/watch?v=abc123">The council’s vote, in full</a> (YouTube)</p>',
    );
  });

  it('ninjs: each photo an association of type picture with caption, alt, credit and rendition', () => {
    const doc = ninjsDocument(article, options);
    const associations = doc.associations as Record<string, unknown>[];
    expect(associations).toHaveLength(2);
    expect(associations[0]).toEqual({
      name: 'photo1',
      rel: 'photo',
      uri: `urn:copydesk:photo:${SAMPLE_PHOTOS.jpeg.hash}`,
      type: 'picture',
      representationType: 'full',
      headlines: [{ role: 'main', contentType: 'text/plain', value: leadPhoto.caption }],
      descriptions: [
        { role: 'caption', contentType: 'text/plain', value: leadPhoto.caption },
        { role: 'alt', contentType: 'text/plain', value: leadPhoto.alt },
      ],
      by: 'Anna Wójcik/Copydesk',
      renditions: [
        {
          name: 'original',
          href: 'images/25cf0f0ce42f.jpg',
          contentType: 'image/jpeg',
          width: 1,
          height: 1,
          sizeInBytes: base64ToBytes(SAMPLE_PHOTOS.jpeg.base64).length,
        },
      ],
    });
    const html = (doc.bodies as { value: string }[])[0]!.value;
    expect(html).toContain('<img src="images/25cf0f0ce42f.jpg"');
  });
});

describe('NewsML-G2 with photos', () => {
  it('is a newsMessage: a package of the text and its pictures, then each item', () => {
    const xml = exportArticle(article, 'newsml', options);
    const { document } = new JSDOM(xml, { contentType: 'application/xml' }).window;
    expect(document.documentElement.localName).toBe('newsMessage');
    const refs = Array.from(document.querySelectorAll('packageItem groupSet itemRef')).map((ref) => [
      ref.getAttribute('residref'),
      ref.querySelector('itemClass')!.getAttribute('qcode'),
    ]);
    expect(refs).toEqual([
      [`urn:copydesk:article:${article.id}`, 'ninat:text'],
      [`urn:copydesk:photo:${SAMPLE_PHOTOS.jpeg.hash}`, 'ninat:picture'],
      [`urn:copydesk:photo:${SAMPLE_PHOTOS.png.hash}`, 'ninat:picture'],
    ]);
    const pictures = Array.from(document.querySelectorAll('itemSet > newsItem')).filter(
      (item) => item.querySelector('itemClass')!.getAttribute('qcode') === 'ninat:picture',
    );
    expect(pictures).toHaveLength(2);
    const first = pictures[0]!;
    expect(first.getAttribute('guid')).toBe(`urn:copydesk:photo:${SAMPLE_PHOTOS.jpeg.hash}`);
    expect(first.querySelector('creditline')!.textContent).toBe('Anna Wójcik/Copydesk');
    expect(first.querySelector('description[role="drol:caption"]')!.textContent).toBe(leadPhoto.caption);
    expect(first.querySelector('description[role="drol:alternativeText"]')!.textContent).toBe(leadPhoto.alt);
    const remote = first.querySelector('remoteContent')!;
    expect([remote.getAttribute('href'), remote.getAttribute('contenttype'), remote.getAttribute('width')]).toEqual([
      'images/25cf0f0ce42f.jpg',
      'image/jpeg',
      '1',
    ]);
    // The text item still carries the photos in its NITF, as media.
    expect(xml).toContain('<media media-type="image"><media-reference source="images/25cf0f0ce42f.jpg"');
  });

  it('stays one newsItem when no photo has bytes to send', () => {
    const xml = exportArticle(article, 'newsml', { provider: 'Copydesk' });
    expect(xml).toMatch(/^<\?xml[^>]*>\n<newsItem /);
    expect(xml).not.toContain('ninat:picture');
  });
});
