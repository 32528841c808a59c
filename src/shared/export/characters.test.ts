import { describe, expect, it } from 'vitest';
import { articleForFormat, tagFor, textFor } from './characters';
import { exportArticle } from './index';
import { fixtureArticle } from './fixtures/article';
import { bodyToBlocks, blockText } from '../article/blocks';
import { hostile } from '../../../tests/security/hostile-corpus';

const awkward = hostile.awkwardText;

describe('characters per format', () => {
  it('markup keeps TAB and newline, drops what XML 1.0 forbids', () => {
    expect(textFor(awkward, 'markup')).toBe('Tab\there, NUL, ESC[31m red, BEL, U+FFFF, lone  surrogate, DEL\u007f, FFFE end');
  });

  it('plain text keeps TAB and newline, drops every control (terminal escapes included)', () => {
    expect(textFor(awkward + '\r\nCSI\u009b2J', 'plain')).toBe(
      'Tab\there, NUL, ESC[31m red, BEL, U+FFFF, lone  surrogate, DEL, FFFE end\nCSI2J',
    );
  });

  it('JSON keeps the article exactly', () => {
    expect(textFor(awkward, 'exact')).toBe(awkward);
  });

  it('tags are one-line tokens', () => {
    expect(tagFor('city\thall\n budget ', 'markup')).toBe('city hall budget');
  });

  it('reaches every field and every text in the body, without changing the original', () => {
    const article = fixtureArticle;
    const dirty = {
      ...article,
      headline: `Head\uffffline\u0000`,
      tags: ['a\tb', '\u0000'],
      notes: [{ kind: 'update' as const, date: '2025-01-01', text: 'N\u001bote' }],
    };
    const clean = articleForFormat(dirty, 'txt');
    expect(clean.headline).toBe('Headline');
    expect(clean.tags).toEqual(['a b']);
    expect(clean.notes[0]!.text).toBe('Note');
    expect(dirty.headline).toBe('Head\uffffline\u0000');
    expect(bodyToBlocks(clean.body).map(blockText)).toEqual(bodyToBlocks(article.body).map(blockText));
  });

  it('TXT and Markdown exports hold no NUL, ESC or C1 control; NewsML no TAB in a keyword', () => {
    const article = { ...fixtureArticle, headline: 'Alarm\u0000 \u001b[2J\u009b31m bells', tags: ['city\thall'] };
    for (const format of ['txt', 'md'] as const) {
      const out = exportArticle(article, format, { provider: 'Copydesk' });
      expect(out).toMatch(/Alarm \\?\[2J31m bells/);
      expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
    const newsml = exportArticle(article, 'newsml', { provider: 'Copydesk' });
    expect(newsml).toContain('<keyword>city hall</keyword>');
  });
});

describe('characters in photo and embed fields', () => {
  it('each format gets only the characters it can hold in captions, credits, alt text and titles', async () => {
    const { blocksToBody, bodyToBlocks } = await import('../article/blocks');
    const { articleForFormat } = await import('./characters');
    const { fixtureArticle } = await import('./fixtures/article');
    const { SAMPLE_PHOTOS, samplePhotoFields } = await import('./fixtures/photos');
    const photo = samplePhotoFields(SAMPLE_PHOTOS.jpeg, { caption: 'A\u0001 tram\uffff', credit: 'AP\u009b', alt: 'Alt\u0000' });
    const body = blocksToBody([
      { id: 'p', type: 'photo', runs: [], photo },
      { id: 'e', type: 'embed', runs: [], embed: { url: 'https://example.org/v', provider: 'Y\u0007', title: 'T\u001b' } },
    ]);
    const markup = bodyToBlocks(articleForFormat({ ...fixtureArticle, body }, 'nitf').body);
    expect(markup[0]!.photo).toMatchObject({ caption: 'A tram', credit: 'AP\u009b', alt: 'Alt', hash: SAMPLE_PHOTOS.jpeg.hash });
    expect(markup[1]!.embed).toEqual({ url: 'https://example.org/v', provider: 'Y', title: 'T' });
    const plain = bodyToBlocks(articleForFormat({ ...fixtureArticle, body }, 'txt').body);
    expect(plain[0]!.photo).toMatchObject({ caption: 'A tram', credit: 'AP', alt: 'Alt' });
  });
});
