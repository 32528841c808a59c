/**
 * Deterministic newsroom-ish copy for the benchmarks: a seeded PRNG, a vocabulary of real
 * words weighted like news prose (function words often, names and places rarely), paragraphs
 * with stable block ids, and scattered word replacements for "the next version".
 * Written for the bench only; no sentence here comes from the seed corpus.
 */
import type { ArticleContent } from '../../src/shared/article/article';
import { blocksToBody, type Block } from '../../src/shared/article/blocks';
import { newContent } from '../../src/shared/article/content';
import { prng } from '../../tests/support/prng';
export { prng };

const FUNCTION_WORDS = (
  'the the the of of and and to to a a in in that said for on was with is by at as from it ' +
  'his her their has had be will would not but an this who they were are have been more after than about over ' +
  'into could also its which when while before during since under last first other some most all one'
).split(' ');

export const TOPIC_WORDS = (
  'city council mayor police officials state county budget vote residents school district ' +
  'plan board year week spokesperson report department funding court federal housing rent tenants landlord ' +
  'bridge repairs ferry schedule transit bus routes library hours flood barriers storm water power outage ' +
  'hospital nurses union contract strike wages teachers students parents superintendent election ballot ' +
  'candidates campaign donors poll turnout precinct lawsuit judge jury verdict prosecutor defendant attorney ' +
  'sheriff deputies arrest investigation fire crews evacuation wildfire drought reservoir farmers harvest ' +
  'prices inflation grocery fuel tax revenue deficit bonds grant audit contractor permit zoning developer ' +
  'neighborhood park playground stadium team coach season injury fans tickets museum festival concert ' +
  'airport runway flights delays port shipping warehouse jobs factory layoffs workers pension retirees ' +
  'clinic vaccine outbreak health inspectors restaurant license ordinance commission hearing testimony ' +
  'agency director chief manager committee chairman member senator representative governor legislature ' +
  'bill amendment veto session proposal estimate million billion percent dollars increase decrease shortage ' +
  'announced approved rejected delayed proposed warned argued estimated confirmed declined acknowledged ' +
  'voted reviewed released reported expected planned closed opened reopened filed appealed ruled charged ' +
  'local regional statewide annual public private former current new early late heavy sharp modest'
).split(' ');

export const NAMES = (
  'Okafor Delgado Hale Marsh Lindqvist Varga Voss Brennan Takahashi Moreau Kowalski Osei ' +
  'Nakamura Fitzgerald Alvarez Petrov Mbeki Sorensen Castellano Whitfield Adeyemi Ramires Holloway Quinn'
).split(' ');
export const PLACES = (
  'Riverton Milford Westfield Ashland Harborview Cedar Falls Northgate Pinecrest Elmwood ' +
  'Lakeside Brookhaven Fairmont Oakdale Summit Crestview Millbrook Greenport Stonebridge'
).split(' ');
const DAYS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' ');

/** What one story is about: a share of the topic words, a few people, a place or two. */
export interface Beat {
  topics: string[];
  names: string[];
  places: string[];
}

export class Writer {
  readonly random: () => number;
  private beat: Beat = { topics: TOPIC_WORDS, names: NAMES, places: PLACES };
  constructor(seed: number) {
    this.random = prng(seed);
  }
  /** Narrows the words to one story's beat (an archive is many stories, not one long one). */
  focus(topicShare: number, names: number, places: number): void {
    const sample = (list: string[], n: number) => {
      const pool = [...list];
      const out: string[] = [];
      while (out.length < n && pool.length > 0) out.push(pool.splice(this.int(pool.length), 1)[0]!);
      return out;
    };
    this.beat = {
      topics: sample(TOPIC_WORDS, Math.max(1, Math.round(TOPIC_WORDS.length * topicShare))),
      names: sample(NAMES, names),
      places: sample(PLACES, places),
    };
  }
  unfocus(): void {
    this.beat = { topics: TOPIC_WORDS, names: NAMES, places: PLACES };
  }
  int(n: number): number {
    return Math.floor(this.random() * n);
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)]!;
  }
  /** Zipf-like over the topic words, with function words half the time, names and numbers now and then. */
  word(): string {
    const r = this.random();
    if (r < 0.46) return this.pick(FUNCTION_WORDS);
    if (r < 0.9) {
      const z = this.random();
      return this.beat.topics[Math.floor(this.beat.topics.length * z * z)]!;
    }
    if (r < 0.94) return this.pick(this.beat.names);
    if (r < 0.97) return this.pick(this.beat.places);
    if (r < 0.985) return this.pick(DAYS);
    return this.random() < 0.5 ? String(2 + this.int(98)) : `$${(1 + this.int(90)) / 10}`;
  }
  sentence(): string[] {
    const out: string[] = [];
    const length = 8 + this.int(22);
    for (let i = 0; i < length; i++) {
      let w = this.word();
      if (i === 0) w = w[0]!.toUpperCase() + w.slice(1);
      if (i === length - 1) w += '.';
      else if (this.random() < 0.06) w += ',';
      out.push(w);
    }
    return out;
  }
  /** A news paragraph: one to four sentences, 20 to 120 words. */
  paragraph(): string[] {
    const out: string[] = [];
    const target = 20 + this.int(100);
    while (out.length < target) out.push(...this.sentence());
    return out;
  }
}

/** An article as paragraphs of words, each with the stable block id the editor would give it. */
export type Draft = { id: string; words: string[] }[];

export function draftOf(writer: Writer, words: number, idPrefix = 'b'): Draft {
  const draft: Draft = [];
  let count = 0;
  while (count < words) {
    const paragraph = writer.paragraph().slice(0, words - count);
    draft.push({ id: `${idPrefix}${draft.length.toString(36).padStart(4, '0')}x${writer.int(1e6).toString(36)}`, words: paragraph });
    count += paragraph.length;
  }
  return draft;
}

export function wordTotal(draft: Draft): number {
  return draft.reduce((n, p) => n + p.words.length, 0);
}

/** Replaces `count` words at scattered places with other vocabulary words (a copy editor's pass). */
export function replaceWords(draft: Draft, count: number, writer: Writer): Draft {
  const out = draft.map((p) => ({ id: p.id, words: [...p.words] }));
  for (let e = 0; e < count; e++) {
    const p = out[writer.int(out.length)]!;
    const at = writer.int(p.words.length);
    const old = p.words[at]!;
    let next = writer.word();
    // Keep the sentence's shape: capital at the start, punctuation at the end.
    if (/^[A-Z]/.test(old)) next = next[0]!.toUpperCase() + next.slice(1);
    const tail = /[.,]$/.exec(old)?.[0] ?? '';
    p.words[at] = next + tail;
  }
  return out;
}

export function draftBlocks(draft: Draft): Block[] {
  return draft.map((p) => ({ id: p.id, type: 'paragraph', runs: [{ text: p.words.join(' '), format: 0 }] }));
}

export function contentOf(draft: Draft, headline: string): ArticleContent {
  return newContent({
    headline,
    deck: 'Officials say the plan will take years and cost more than first thought.',
    bylines: [{ name: 'Jana Voss', email: 'jvoss@riverton-ledger.example' }],
    section: 'Local',
    body: blocksToBody(draftBlocks(draft)),
  });
}

export function headlineOf(writer: Writer): string {
  const words = writer.sentence().slice(0, 6 + writer.int(5));
  return words.join(' ').replace(/[.,]$/, '');
}
