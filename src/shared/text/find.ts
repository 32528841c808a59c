/**
 * Find in copy: where a query occurs in a text, with "match case" and "whole word" as a copy
 * editor means them (a word is letters and digits in any script, so "Núñez" is one word and
 * "budget" is not found inside "budgets" when whole word is on). Pure, so the editor's find bar
 * and its tests share it.
 */
export interface FindOptions {
  matchCase?: boolean;
  wholeWord?: boolean;
}

export interface Found {
  start: number;
  end: number;
}

const WORD = '[\\p{L}\\p{N}\\p{M}_]';

/** The query as a regular expression (global, Unicode); null for an empty query. */
export function findPattern(query: string, options: FindOptions = {}): RegExp | null {
  if (!query) return null;
  const escaped = query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const body = options.wholeWord ? `(?<!${WORD})${escaped}(?!${WORD})` : escaped;
  return new RegExp(body, options.matchCase ? 'gu' : 'giu');
}

/** Every occurrence, left to right, none overlapping. */
export function findAll(text: string, query: string, options: FindOptions = {}): Found[] {
  const pattern = findPattern(query, options);
  if (!pattern) return [];
  const out: Found[] = [];
  for (const m of text.matchAll(pattern)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
