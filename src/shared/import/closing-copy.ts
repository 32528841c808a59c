/**
 * The page's closing copy: the lines a news page prints under the story and under its notes —
 * "Jane Roe contributed to this report.", an author's bio, the print-edition line, a topics list,
 * a "[Read more: …]" link, a "CNNMoney (New York) First published …" stamp. They stay in the body
 * (a reporter may want every one of them back), but a note printed above them is still the
 * story's note, so the tail reader looks past them for notes (assemble.ts).
 *
 * Each form is anchored on the furniture's own words, never on the shape of a sentence alone: a
 * line of copy must never be taken for closing copy, or a note-shaped line of copy above it would
 * be lifted out of the body.
 */
import { blockText, type Block } from '../article/blocks';
import { isTailFurnitureLine } from './frame-lines';

const MAX_LINE = 500;

/** "Ana Ruiz contributed to this report.", "Bo Kim contributed reporting from Kyiv." */
const CONTRIBUTOR =
  /\bcontributed(?:\s+(?:additional\s+)?reporting)?(?:\s+(?:to|for)\s+this\s+(?:report|story|article))?(?:\s+from\s+[^.]{1,80})?\.?$/i;
const CONTRIBUTOR_ANCHOR = /\bcontributed\s+(?:(?:additional\s+)?reporting\b|(?:to|for)\s+this\s+(?:report|story|article)\b)/i;

/** "A version of this article appears in print on March 5, 2019, Section A, Page 1 …" */
const PRINT_LINE = [
  /^a version of this (?:article|story|column|review|essay|piece|report) appear(?:s|ed) in print\b/i,
  /^this (?:article|story) (?:appears|appeared) in (?:the )?(?:print|[\p{L} ,.\d]{3,40} print) edition\b/iu,
  /^appeared in the\b.{0,60}\bprint edition\b/i,
  // The New Yorker: "Published in the print edition of the March 4, 2024, issue, with the headline “…”."
  /^published in the print edition of the\b.{0,60}\bissue\b/i,
  // "Original Print Headline: …": the headline the piece ran under in print.
  /^original print headline\s*:/i,
];

/** "[Read more: Tunisia's fragile democracy]", "Related: …", "See also: …" */
const RELATED_LINK = [
  /^\[(?:read|read more|related|see|see also|more|watch|listen|also read|recommended|opinion)\b[^\]]{0,250}\]$/i,
  /^(?:read more|related|related coverage|related stories|related story|see also|more on this story|also read|read also|recommended)\s*:\s*\S/i,
  // A promo for a gallery or a clip, a title after its kind: "PHOTOS: Fire at the terminal", "… the U.S."
  // (one title, no second sentence).
  /^(?:photos|photo gallery|gallery|slideshow|video|watch|listen|podcast)\s*:\s*(?![^!?]*[.!?]\s+\p{Lu})[^!?]{3,100}$/iu,
  // "• The Long Tide is out now on Netflix": the Guardian's bulleted pointer to where a work is found
  // (the text importer has taken its bullet off as a list item's).
  /^(?:[•·]\s*)?(?![^.]*\b(?:amended|corrected|updated|clarif\w*|apologi\w*)\b)[^.]{2,150}\b(?:is|are)\s+(?:out now\b|(?:available|streaming)(?:\s+to\s+(?:stream|buy|watch|download))?\s+(?:on|via)\s+\p{Lu}|published by\s+\p{Lu}|on sale\b|in (?:cinemas|theatres|theaters)\b).{0,150}$/iu,
];

/** "Topics" over its items, or "Topics: Whales, New Zealand" on one line. */
const TOPICS_HEADING = /^(?:topics|tags|related topics|explore more on these topics|more on these topics|filed under|categories)\s*:?$/i;
const TOPICS_INLINE = /^(?:topics|tags|filed under|categories)\s*:\s*\S/i;

/** A topics item: a short label, no sentence. */
function isTopicItem(text: string): boolean {
  return text.length <= 40 && text.split(/\s+/).length <= 5 && !/[.!?:;,"“”]/.test(text);
}

const ROLE =
  '(?:reporter|correspondent|editor|writer|columnist|contributor|journalist|critic|producer|photographer|bureau chief|fellow|anchor|host)';

/** "Jane Roe is a national correspondent for The Times." — a name, "is a", a newsroom role. */
const BIO = new RegExp(
  `^(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){1,4}(?:is|was)\\s+(?:a|an|the)\\s+(?:[\\p{L}'’-]+\\s+){0,6}${ROLE}s?\\b.{0,400}$`,
  'u',
);
/** "LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR" — the same, set in capitals. */
const BIO_CAPS = new RegExp(
  `^(?:[A-Z][A-Z.'’-]*\\s+){1,4}(?:IS|WAS)\\s+(?:A|AN|THE)\\s+(?:[A-Z'’-]+\\s+){0,6}${ROLE.toUpperCase()}S?\\b[^a-z]{0,200}$`,
);

/**
 * A bio with no "is a": the writer's beat, then how to reach them — "Ana Ruiz covers courts for the
 * Courier. Reach her at …", "Bo Kim writes about housing. Follow him on Bluesky …". The contact
 * sentence is the anchor, and the name a person's: "The Smith Fund covers tuition … . Call them …" is copy.
 */
const BEAT_BIO = new RegExp(
  String.raw`^(?!The\s)(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:covers|reports on|writes about|writes on)\s[^.]{2,150}\.\s+` +
    String.raw`(?:[Rr]each|[Cc]ontact|[Ee]-?mail|[Ff]ollow|[Cc]all|[Ww]rite to) (?:her|him|them)\b.{0,200}$`,
  'u',
);

/** "CNNMoney (New York) First published February 1, 2016: 1:28 AM ET" */
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const PUBLISHED_STAMP = new RegExp(
  `^(?:\\p{Lu}[\\p{L}\\p{N}.&'’-]*\\s+){0,3}(?:\\([^)]{1,40}\\)\\s+)?first published\\s*:?\\s*(?:on\\s+)?(?:${MONTH}\\s+\\d|\\d)[^]{0,80}$`,
  'iu',
);

const RULE_LINE = /^[_\-–—=~*•·\s]{2,}$/;

/**
 * The page's own calls and credits under the story (review 10t): "Reporting by …; Editing by …",
 * "Our Standards: The Thomson Reuters Trust Principles.", "Follow Ana Roe on Twitter.", "Write to Ana Roe at ana@example.org",
 * "Share this article:", "DW recommends", "This post originally appeared on Grist."
 */
const PAGE_CALLS = [
  /^our standards\s*:/i,
  // "Additional reporting by agencies" (UK papers) credits the wires in lower case.
  /^(?:[Aa]dditional )?(?:[Rr]eporting|[Ee]diting|[Ww]riting)(?: and (?:reporting|editing|writing))? by (?:\p{Lu}|(?:news )?agencies\b|wires?\b|wire services\b|staff\b).{0,200}$/u,
  // Canadian papers: "— With files from The Canadian Press and Reuters".
  /^[—–-]?\s*[Ww]ith files from\s+(?:the\s+)?\p{Lu}[^.]{0,100}\.?$/u,
  /^follow\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}on\s+(?:twitter|x|facebook|instagram|threads|bluesky|linkedin|mastodon)\b/iu,
  /^(?:[Ww]rite to|[Cc]ontact|[Ee]-?mail)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}at\s+\S+@\S+$/u,
  // "Share this article:", "Share this article in your social network", "Share this story on Facebook".
  /^share this (?:article|story|post)(?:\s*:|\s+(?:in|on|via|with)\s+(?:your|a|the)?\s*(?:social|facebook|twitter|x|email|e-mail|friends?)\b[^.!?]{0,40})?\s*[.!]?$/i,
  /^(?:\p{Lu}[\p{L}&.'’-]*\s+){1,3}recommends$/u,
  /^[Tt]his (?:post|article|story|piece) (?:originally |first )?(?:appeared|was (?:originally |first )?published) (?:on|in|at)\s+\p{Lu}/u,
];

function isOneLink(block: Block): boolean {
  const words = block.runs.filter((run) => run.text.trim());
  return words.length > 0 && words.every((run) => run.link && !run.link.toLowerCase().startsWith('mailto:'));
}

/** One line of closing copy, judged by itself (topics items need their heading: closingCopyAbove). */
export function isClosingLine(line: string): boolean {
  const text = line.trim();
  if (!text || text.length > MAX_LINE) return false;
  if (RULE_LINE.test(text)) return true;
  if (CONTRIBUTOR_ANCHOR.test(text) && CONTRIBUTOR.test(text)) return true;
  if (PRINT_LINE.some((re) => re.test(text))) return true;
  if (RELATED_LINK.some((re) => re.test(text))) return true;
  if (TOPICS_HEADING.test(text) || TOPICS_INLINE.test(text)) return true;
  if (BIO.test(text) || BIO_CAPS.test(text) || BEAT_BIO.test(text)) return true;
  if (PAGE_CALLS.some((re) => re.test(text)) || isTailFurnitureLine(text)) return true;
  return PUBLISHED_STAMP.test(text);
}

/**
 * How many blocks, counted back from `end`, are the page's closing copy (0 when the block before
 * `end` is none). A run of short topic items counts only under its "Topics" heading; a paragraph
 * that is one link (a related story) counts only in HTML, where the link says so.
 */
export function closingCopyAbove(blocks: Block[], start: number, end: number): number {
  let k = end;
  let pendingItems = 0;
  while (k > start) {
    const block = blocks[k - 1]!;
    if (block.type === 'rule') {
      k--;
      continue;
    }
    if (block.type !== 'paragraph' && block.type !== 'heading' && block.type !== 'list-item') break;
    const text = blockText(block).replace(/\s+/g, ' ').trim();
    if (TOPICS_HEADING.test(text)) {
      pendingItems = 0;
      k--;
      continue;
    }
    if (block.type !== 'heading' && (isClosingLine(text) || isOneLink(block))) {
      if (pendingItems) break;
      k--;
      continue;
    }
    if (isTopicItem(text)) {
      pendingItems++;
      k--;
      continue;
    }
    break;
  }
  // Items never met their heading: they were copy after all.
  return end - (k + pendingItems);
}
