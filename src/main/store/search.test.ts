import { afterEach, describe, expect, it } from 'vitest';
import { testStore, type TestStore } from '../../../tests/unit/support';
import { blocksToBody } from '../../shared/article/blocks';
import { ftsQuery, parseQuery, pieces } from './search';

let env: TestStore;
afterEach(() => env?.cleanup());

const body = (...paragraphs: string[]) =>
  blocksToBody(paragraphs.map((text, i) => ({ id: `p${i}`, type: 'paragraph' as const, runs: [{ text, format: 0 }] })));

async function article(headline: string, text: string, bylines: string[] = []) {
  const a = await env.handlers.createArticle({ headline });
  await env.handlers.saveDraft({ id: a.id, patch: { body: body(text), bylines: bylines.map((name) => ({ name, email: '' })) } });
  return a.id;
}

const ids = async (query: string) => (await env.handlers.listArticles({ query })).map((a) => a.id);

describe('what a person types becomes an FTS5 query', () => {
  it.each([
    ['budget', '"budget"*'],
    ['city council', '"city"* "council"*'],
    ['"city council" vote', '"city council" "vote"*'],
    ['“harbor closure”', '"harbor closure"'],
    ['"alone"', '"alone"*'],
    ['"); DROP TABLE articles; --', '"DROP"* "TABLE"* "articles"*'],
    ['Núñez', '"Núñez"*'],
    ['', null],
    ['" ; ', null],
  ])('%j → %j', (typed, query) => {
    expect(ftsQuery(typed)).toBe(query);
  });

  it('keeps an unmatched quote from breaking the query', () => {
    expect(parseQuery('"open quote never closed')).toEqual({ phrases: [], terms: ['open', 'quote', 'never', 'closed'] });
  });

  it('cuts text into pieces that join back to it', () => {
    const text = 'word '.repeat(2000) + 'x'.repeat(4000);
    const cut = [...pieces(text)];
    expect(cut.join('')).toBe(text);
    expect(Math.max(...cut.map((p) => p.length))).toBeLessThanOrEqual(1500);
  });
});

describe('desk search', () => {
  it('finds bylines', async () => {
    env = testStore();
    const a = await article('Harbor reopens', 'Ships returned on Monday.', ['Mina Park']);
    await article('Council meets', 'The council met on Monday.', ['Joe Bloggs']);
    expect(await ids('Park')).toEqual([a]);
  });

  it('treats quoted words as a phrase', async () => {
    env = testStore();
    const a = await article('Vote', 'The city council voted on Tuesday.');
    await article('Other', 'The council of the city voted on Tuesday.');
    expect(await ids('"city council"')).toEqual([a]);
    expect((await ids('city council')).length).toBe(2);
  });

  it('stems: "budgets" finds "budget" and back', async () => {
    env = testStore();
    const a = await article('Schools', 'The school budget passed.');
    const b = await article('Towns', 'Town budgets were cut.');
    expect((await ids('budgets')).sort()).toEqual([a, b].sort());
    expect((await ids('budget')).sort()).toEqual([a, b].sort());
    const snippet = (await env.handlers.listArticles({ query: 'budgets' })).find((x) => x.id === a)!.snippet!;
    expect(snippet).toContain('<mark>budget</mark>');
  });

  it('folds accents: "Nunez" finds "Núñez"', async () => {
    env = testStore();
    const a = await article('Mayor speaks', 'Mayor Ana Núñez spoke at city hall.', ['José Peña']);
    expect(await ids('Nunez')).toEqual([a]);
    expect(await ids('pena')).toEqual([a]);
    const [hit] = await env.handlers.listArticles({ query: 'Nunez' });
    expect(hit!.snippet).toContain('<mark>Núñez</mark>');
  });

  // How snippet time grows with the hits in an article is measured in tests/cost/linear.test.ts.
  it('marks a hit deep in a long article, and one in the headline only', async () => {
    env = testStore();
    const filler = 'The harbor authority met again to discuss the schedule. '.repeat(400);
    const a = await article('Ferry fares', filler + 'Officials finally agreed on the dredging plan.');
    expect((await env.handlers.listArticles({ query: 'dredging' }))[0]!.snippet).toContain('<mark>dredging</mark>');
    expect((await env.handlers.listArticles({ query: 'fares' }))[0]!.snippet).toContain('<mark>fares</mark>');
    expect(await ids('dredging')).toEqual([a]);
  });
});
