/**
 * The simple YAML front matter static-site and newsroom tools put above Markdown:
 *
 *   ---
 *   title: Headline
 *   author: Ana Ruiz
 *   date: 2024-11-06T11:43
 *   tags: [elections, courts]
 *   ---
 *
 * Only flat "key: value" lines and "- item" lists; anything else is ignored, never executed.
 */
import type { ArticleContent, Byline } from '../article/article';
import { ARTICLE_STATUSES } from '../article/article';
import { parseStamp } from '../text/dates';
import { isEmail } from './frame-lines';

export interface FrontMatter {
  fields: Partial<ArticleContent>;
  /** Lines after the closing fence. */
  rest: string[];
}

function unquote(value: string): string {
  const v = value.trim();
  return /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v;
}

function listOf(value: string, items: string[]): string[] {
  const v = value.trim();
  if (v.startsWith('[') && v.endsWith(']')) return v.slice(1, -1).split(',').map(unquote).filter(Boolean);
  if (v) return v.split(',').map(unquote).filter(Boolean);
  return items.map(unquote).filter(Boolean);
}

function byline(text: string): Byline | null {
  const m = /^(.+?)\s*[<([]\s*([^\s>)\]]+@[^\s>)\]]+)\s*[>)\]]$/.exec(text.trim());
  if (m) return { name: m[1]!.trim(), email: m[2]! };
  const name = text.trim();
  return name && !isEmail(name) ? { name, email: '' } : null;
}

export function readFrontMatter(lines: string[]): FrontMatter | null {
  if (lines[0]?.trim() !== '---') return null;
  const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (close < 0 || close > 200) return null;
  const entries: { key: string; value: string; items: string[] }[] = [];
  for (const line of lines.slice(1, close)) {
    const item = /^\s+-\s+(.*)$|^-\s+(.*)$/.exec(line);
    const last = entries[entries.length - 1];
    if (item && last) {
      last.items.push(item[1] ?? item[2] ?? '');
      continue;
    }
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (pair) entries.push({ key: pair[1]!.toLowerCase().replace(/[-_]/g, ''), value: pair[2]!, items: [] });
  }
  // Something that is not key: value (a rule under a first line) is not front matter.
  if (entries.length === 0) return null;
  const fields: Partial<ArticleContent> = {};
  for (const { key, value, items } of entries) {
    // Values are short in real front matter; a long one is not worth a date parser's time.
    const text = unquote(value.slice(0, 5000));
    switch (key) {
      case 'title':
      case 'headline':
        fields.headline = text;
        break;
      case 'deck':
      case 'dek':
      case 'subtitle':
      case 'subhead':
      case 'description':
      case 'summary':
        fields.deck = text;
        break;
      case 'author':
      case 'authors':
      case 'byline':
      case 'bylines':
        fields.bylines = listOf(value, items)
          .map(byline)
          .filter((b): b is Byline => !!b)
          .slice(0, 50);
        break;
      case 'date':
      case 'published':
      case 'publishedat':
      case 'firstpublishedat':
        fields.firstPublishedAt = (text.length <= 100 && parseStamp(text)) || undefined;
        break;
      case 'updated':
      case 'updatedat':
      case 'modified':
      case 'lastmod':
        fields.updatedAt = (text.length <= 100 && parseStamp(text)) || undefined;
        break;
      case 'tags':
      case 'keywords':
        fields.tags = listOf(value, items).slice(0, 200);
        break;
      case 'language':
      case 'lang':
        if (/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(text)) fields.language = text;
        break;
      case 'dateline':
        fields.dateline = text;
        break;
      case 'section':
      case 'category':
        fields.section = text;
        break;
      case 'slug':
        fields.slug = text;
        break;
      case 'status':
        if ((ARTICLE_STATUSES as readonly string[]).includes(text)) fields.status = text as ArticleContent['status'];
        break;
    }
  }
  return { fields, rest: lines.slice(close + 1) };
}
