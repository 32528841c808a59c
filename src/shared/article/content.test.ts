import { describe, expect, it } from 'vitest';
import { contentOf, newContent } from './content';
import { CONTENT_FIELDS } from './article';

describe('contentOf', () => {
  it('keeps every article field and nothing the store keeps beside them', () => {
    const content = newContent({ headline: 'Dam repairs begin', deck: 'Work starts Monday.', tags: ['water'] });
    const stored = {
      ...content,
      id: 'abcd1234',
      revision: 7,
      trashedAt: null,
      editedAt: '2026-11-05T09:00:00Z',
      createdAt: '2026-11-05T08:00:00Z',
    };
    const out = contentOf(stored);
    expect(out).toEqual(content);
    expect(Object.keys(out).sort()).toEqual([...CONTENT_FIELDS].sort());
  });
});
