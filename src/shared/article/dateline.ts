/**
 * The dateline as newsrooms print it, at the head of the first paragraph: "HARTFORD — The
 * city…", "SEOUL, South Korea (AP) — …", "KELSO, Scotland -- …". The place is in capitals (a
 * state, country or agency may follow in ordinary case), then a dash with spaces around it.
 * The text export writes it this way and every importer reads it back into the dateline field.
 */
import { blockText, type Block } from './blocks';

const LEAD = /^(\p{Lu}[\p{Lu}\p{M} .'’-]*\p{Lu}(?:,\s+\p{Lu}[\p{L}.' -]{1,30})?(?:\s+\([\p{L} ]{1,20}\))?)\s+(?:—|–|--)\s+(?=\S)/u;

/** The dateline at the head of this text and how many characters it takes up with its dash, or null. */
export function readDatelineLead(text: string): { dateline: string; length: number } | null {
  const m = LEAD.exec(text);
  if (!m || m[1]!.length > 60) return null;
  return { dateline: m[1]!, length: m[0].length };
}

/** The paragraph as it is printed: "HARTFORD — " before the copy. */
export function withDatelineLead(dateline: string, text: string): string {
  const place = dateline.replace(/\s+/g, ' ').trim();
  return place ? (text ? `${place} — ${text}` : place) : text;
}

/** The block without its first `count` characters (across runs, formatting kept). */
export function dropLeadingText(block: Block, count: number): Block {
  let left = count;
  const runs = [];
  for (const run of block.runs) {
    if (left >= run.text.length) {
      left -= run.text.length;
      continue;
    }
    runs.push(left > 0 ? { ...run, text: run.text.slice(left) } : run);
    left = 0;
  }
  return { ...block, runs };
}

/** Takes a printed dateline off the first paragraph: the dateline, and the blocks without it. */
export function takeDatelineLead(blocks: Block[]): { dateline: string; blocks: Block[] } | null {
  const first = blocks[0];
  if (first?.type !== 'paragraph') return null;
  const lead = readDatelineLead(blockText(first));
  if (!lead) return null;
  return { dateline: lead.dateline, blocks: [dropLeadingText(first, lead.length), ...blocks.slice(1)] };
}

/**
 * A dateline as copy on the wire and on station sites prints it, looser than the lead the
 * importers take into the dateline field: the dash may hug the place ("MANCHAC, La.- ") and an
 * agency or a date may follow ("LONDON, March 3 (Reuters) - "). The place is one or more words in
 * capitals of two letters or more, so an ordinary sentence opening ("A - ", "The …") never reads
 * as one. A slip may drop the comma before the state ("ROANOKE COUNTY Va. -"): then only an
 * abbreviated state ("Va.", "N.Y.") or one of the eight AP never abbreviates ("Maine", "Texas")
 * may follow, so a name or a title after capitals stays copy. The note writer sets it aside: a
 * lead moved under a new one keeps its words but not its dateline, and the dateline is furniture,
 * never a fact.
 */
const PRINTED =
  /^\p{Lu}[\p{Lu}\p{M}.'’]+(?:[ -]\p{Lu}[\p{Lu}\p{M}.'’]+)*(?:,\s+[\p{L}\p{N}.'’ ]{1,30}?|\s+(?:\p{Lu}\p{Ll}{1,5}\.|(?:\p{Lu}\.){2}|(?:Alaska|Hawaii|Idaho|Iowa|Maine|Ohio|Texas|Utah)\b))?(?:\s*\([\p{L}\p{N} .&-]{1,30}\))?\s*(?:—|–|--?)\s+(?=\S)/u;

/** How many characters a printed dateline takes at the head of this text, dash and space included; 0 when none. */
export function printedDatelineLength(text: string): number {
  const m = PRINTED.exec(text);
  return m && m[0].length <= 70 ? m[0].length : 0;
}
