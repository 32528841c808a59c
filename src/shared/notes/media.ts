/**
 * Photos and embeds in the reader-facing note. The note writer reads them from the redline's own
 * ArticleDiff (one change model): a photo added, removed or replaced, a caption, credit or alt text
 * changed, an embed added or pointed elsewhere.
 *
 * What readers are told:
 * - a photo added → "Adds photo of <what the caption shows>"; an embedded video → "Adds video of …";
 *   a photo replaced (another image under the same block) → "Replaces photo of …"; beside other
 *   material they are noun phrases in the same list ("… and a photo of firefighters on Main Street");
 * - a caption that fixed a fact (a name, a number, a place) → a correction "… misstated … in a photo
 *   caption"; a credit naming another photographer → "… misidentified the photographer of a photo";
 * - nothing for alt text alone, a credit's typo, a reworded caption, a moved or removed photo: each is
 *   recorded as a change with its reason, so the desk sees it was read.
 *
 * "What the caption shows" is a noun phrase built from the caption's structure — its subject (the
 * words before its verb, or a name) and the first named place after it — never its first words.
 */
import type { Block } from '../article/blocks';
import type { ArticleDiff, BlockChange } from '../diff/types';
import { describeCorrection, isCleanTopic, mediaMention } from './describe';
import { isDateWord, readEdit, runContaining } from './edits';
import { editDistance, escapeRegExp, isSentenceStarter, looksLikeOrganization, nameRuns, personName, titleInWords, titleOf } from './names';
import { plainText, splitSentences } from './sentences';
import { capitalizeFirst, joinList, type HouseStyle } from './style';
import type { NoteChange } from './types';

export interface MediaReading {
  /** Noun phrases for an update beside other material: "a photo of firefighters on Main Street". */
  additions: string[];
  /** The update when media is all it says: "Adds photo of … and video of …." ('' when nothing). */
  alone: string;
  /** Correction phrases in the house's words after its lead: "misidentified the photographer of a photo. …". */
  corrections: string[];
  changes: NoteChange[];
}

/** The words photos and embeds put in the article: captions, credits, embed titles and providers (for grounding). */
export function mediaWords(blocks: Block[]): string {
  const words: string[] = [];
  for (const block of blocks) {
    if (block.photo) words.push(block.photo.caption, block.photo.credit);
    if (block.embed) words.push(block.embed.title, block.embed.provider);
  }
  return words.filter(Boolean).join('\n');
}

// ---------------------------------------------------------------- what a caption shows

/** Present-tense verbs of captions ("Firefighters wade …", "A volunteer carries …"), base forms. */
const CAPTION_VERBS = new Set(
  (
    'wade walk stand speak look hold fill gather watch work sit pray march wait clean play celebrate ride cross pass arrive ' +
    'leave help survey inspect search rescue push pull sort remove hug react attend listen run fight battle vote wave carry ' +
    'sweep pile load unload rest sleep cry mourn protest rally chant sing dance greet shake embrace kneel lay place light ' +
    'view line crowd block guard patrol board fly land stare point pose prepare serve cook eat drink paddle row swim dig ' +
    'shovel clear repair rebuild evacuate flee escape return enter exit climb jump fall lie hang kick throw catch hit score ' +
    'cheer applaud take make give show use try talk address meet visit tour lead follow drive move bring build raise lift ' +
    'stack bag sandbag fix check count hand distribute collect wear read sign open close attend gesture smile laugh weep ' +
    'remember honor lower ring plant paint burn douse spray tow haul cut rake bail pump drain float sail wash dry comfort ' +
    'rise billow respond cover surround flood fill greet await approach depart descend ascend emerge gather sit await ' +
    'await protest demonstrate testify argue debate sign unveil inspect tour survey assess clean search dive drag'
  ).split(' '),
);
const AUXILIARIES = new Set('is are was were be been has have had will would can could may might do does did gets get'.split(' '));
const NOUN_PREPOSITIONS = new Set(['of', 'from']);
const BREAK_PREPOSITIONS = new Set(
  'in on at to for with by about into over after before during near under against between through across along outside inside behind beside toward towards around past as while amid'.split(
    ' ',
  ),
);

function isCaptionVerb(word: string): boolean {
  // "the Red Cross": a capitalized word is a name, never the caption's verb.
  if (!/^\p{Ll}/u.test(word)) return false;
  const w = word;
  if (CAPTION_VERBS.has(w) || AUXILIARIES.has(w)) return true;
  // Third person: "carries", "watches", "speaks".
  if (/ies$/.test(w) && CAPTION_VERBS.has(w.replace(/ies$/, 'y'))) return true;
  if (/es$/.test(w) && CAPTION_VERBS.has(w.slice(0, -2))) return true;
  return /s$/.test(w) && CAPTION_VERBS.has(w.slice(0, -1));
}

/** A caption without its lead-ins and stage directions: "FILE - ", "In this photo provided by …, ", "(left)". */
function bareCaption(caption: string): string {
  let s = plainText(caption);
  s = s.replace(/^(?:FILE|UPDATED|CORRECTED)\s*[-:]\s*/i, '');
  s = s.replace(/^in this (?:\w+\s+){0,3}(?:photo|image|picture|frame|still)(?:\s+[^,]{0,80})?,\s*/i, '');
  s = s.replace(/\s*\((?:left|right|center|centre|front|back|top|bottom|above|below|foreground|background|[^)]*\bto\b[^)]*)\)/gi, '');
  s = s.replace(/,\s*(?:from\s+)?(?:left|right|center|centre)(?:\s+to\s+right)?,/gi, ',');
  s = splitSentences(s)[0] ?? s;
  // "This image made from video released by the military shows troops …": what it shows.
  const frame = /^(?:this|an?|the)\s+(?:[\w-]+\s+){0,10}?(?:image|photo|picture|frame|still|video)\b[^.]*?\bshows?\s+/i.exec(s);
  if (frame) s = s.slice(frame[0].length);
  // "An aerial view of the flooded downtown …": what is viewed is what it shows.
  s = s.replace(/^(?:an?\s+|the\s+)?(?:\w+\s+)?(?:view|image|photo|picture|scene|look)\s+(?:of|shows?)\s+/i, '');
  return s.replace(/[.\s]+$/, '');
}

/** A name the article writes in capitals mid-sentence too, or more than one capitalized word. */
function isName(words: string[], articleText: string): boolean {
  const first = words[0] ?? '';
  if (!/^\p{Lu}/u.test(first) || isSentenceStarter(first)) return false;
  if (words[1] !== undefined && /^\p{Lu}/u.test(words[1])) return true;
  return new RegExp(`[\\p{Ll},]\\s+${escapeRegExp(first)}\\b`, 'u').test(plainText(articleText));
}

/**
 * What a caption (or an embed's title) shows, as a noun phrase: "Firefighters wade through floodwater
 * on Main Street in Riverton on Tuesday." → "firefighters on Main Street"; "Mayor Ana Ruiz speaks to
 * residents at City Hall." → "Mayor Ana Ruiz at City Hall". '' when no clean phrase can be found.
 */
export function captionSubject(caption: string, articleText = ''): string {
  const s = bareCaption(caption);
  if (!s) return '';
  const words = s.split(/\s+/);
  let subject: string[] = [];
  let end = 0;
  const lead = nameRuns(s)[0];
  if (lead && lead.start === 0 && (lead.words.length >= 2 || isName(lead.words, articleText)) && !looksLikeOrganization(lead.text)) {
    // "Mayor Ana Ruiz speaks …": a person (or a named thing) is the subject.
    subject = lead.text.split(' ');
    // "The Ash River" opened the caption; inside the note its article is small ("photo of the Ash River").
    if (isSentenceStarter(subject[0]!)) subject[0] = subject[0]!.toLowerCase();
    end = s.slice(0, lead.end).split(/\s+/).length;
  } else {
    for (let k = 0; k < words.length; k++) {
      const raw = words[k]!;
      const word = raw.replace(/[,;:]$/, '');
      const lower = word.toLowerCase();
      // "the flooded downtown": a participle right after an article describes the noun, it is no verb.
      const participle = /^\p{Ll}+(?:ing|ed)$/u.test(word) && !/^(?:the|a|an)$/i.test(subject[subject.length - 1] ?? '');
      if (subject.length > 0 && (isCaptionVerb(word) || participle || BREAK_PREPOSITIONS.has(lower) || isDateWord(word))) break;
      if (subject.length > 0 && NOUN_PREPOSITIONS.has(lower) && !/^(?:the\s+)?\p{L}/u.test(words[k + 1] ?? '')) break;
      if (/^(?:who|which|that|and|but|as|while)$/i.test(lower) && subject.length > 0) break;
      subject.push(word);
      end = k + 1;
      if (raw !== word || subject.length >= 6) break;
    }
    while (subject.length && /^(?:of|from|the|a|an|and)$/i.test(subject[subject.length - 1]!)) subject.pop();
    if (!subject.length) return '';
    if (/^(?:an?)$/i.test(subject[0]!)) subject[0] = 'a';
    if (!isName(subject, articleText)) subject[0] = subject[0]!.toLowerCase();
  }
  // The first named place after the subject: "on Main Street", "at City Hall", "in Riverton".
  const rest = words.slice(end).join(' ');
  const place = /\b(in|at|on|near|outside|inside)\s+((?:the\s+)?\p{Lu}[\p{L}.'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'-]*){0,3})/u.exec(rest);
  let phrase = subject.join(' ');
  if (place) {
    const name = place[2]!
      .split(/\s+/)
      .filter((w, i, all) => !(isDateWord(w) && i === all.length - 1))
      .join(' ')
      .replace(/[.,]$/, '');
    const named = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    if (named.length && !named.some(isDateWord) && subject.length + name.split(/\s+/).length <= 9) phrase = `${phrase} ${place[1]} ${name}`;
  }
  if (/^(?:he|she|they|it|this|that|there|we|i|you|his|her|their|its)\b/i.test(phrase)) return '';
  // The check reads noun phrases without their article ("a volunteer" is clean, "a" alone is not);
  // every word must read as a word, a name, an acronym or a number ("aA", "x7q" are noise, not copy).
  const wordLike = (w: string) => /^(?:\p{Lu}?[\p{Ll}'’-]+|\p{Lu}{2,6}|\p{Lu}\p{Ll}{0,4}\.|\d[\d,.]*)$/u.test(w);
  const clean = (p: string) => isCleanTopic(p.replace(/^(?:a|an)\s+/i, '')) && p.split(/\s+/).every(wordLike);
  return clean(phrase) ? phrase : clean(subject.join(' ')) ? subject.join(' ') : '';
}

// ---------------------------------------------------------------- embeds

const VIDEO_HOSTS = /(?:^|\.)(?:youtube\.com|youtu\.be|vimeo\.com|tiktok\.com|twitch\.tv|dailymotion\.com)$/i;

function hostOf(url: string): string {
  return /^https?:\/\/([^/?#:]+)/i.exec(url)?.[1] ?? '';
}

function embedMedium(block: Block): 'video' | 'post' {
  const embed = block.embed;
  if (!embed) return 'post';
  if (VIDEO_HOSTS.test(hostOf(embed.url)) || /^(?:YouTube|Vimeo|TikTok|Twitch)$/i.test(embed.provider)) return 'video';
  return /\b(?:video|footage|clip|livestream)\b/i.test(embed.title) ? 'video' : 'post';
}

function embedSubject(block: Block, articleText: string): string {
  const title = block.embed?.title ?? '';
  const mention = mediaMention(title);
  if (mention?.subject && isCleanTopic(mention.subject)) return mention.subject;
  return captionSubject(title.replace(/^(?:video|watch|live|footage)\s*[:-]\s*/i, ''), articleText);
}

// ---------------------------------------------------------------- credits

/** The photographer a credit names ("Jon Park/Riverton Ledger" → "Jon Park"), or ''. */
export function photographerOf(credit: string): string {
  const parts = plainText(credit)
    .replace(/^(?:photo(?:graph)?s?|image|picture)\s*(?:by|:)\s*/i, '')
    .split(/\s*(?:\/|\bfor\b|\bvia\b|,)\s*/);
  for (const part of parts) {
    const run = nameRuns(part).find(
      (r) =>
        r.words.length >= 2 &&
        !looksLikeOrganization(r.text) &&
        !/\b(?:Photo|Press|News|Images?|Getty|Reuters|Ledger|Times|Post|Agency)\b/.test(r.text),
    );
    if (run) return personName(run.text) || run.text;
  }
  return '';
}

/** A fix of a few letters, not another name: "Jon Park" → "Jon Parke". */
function isTypoFix(before: string, after: string): boolean {
  const distance = editDistance(before.toLowerCase(), after.toLowerCase());
  return distance > 0 && distance <= Math.max(2, Math.floor(Math.max(before.length, after.length) / 4));
}

// ---------------------------------------------------------------- corrections

const IN_CAPTION = 'in a photo caption';

/** A fact fixed in a caption, in the house's correction words, or '' when the caption fixed none. */
function captionCorrection(before: string, after: string, style: HouseStyle): { phrase: string; finding: string } | null {
  for (const finding of readEdit(before, after)) {
    if (finding.type !== 'corrected') continue;
    const newer = plainText(after);
    switch (finding.fact) {
      case 'name-spelling': {
        const run = runContaining(newer, finding.after.split(' ')[0] ?? finding.after);
        return { phrase: `misspelled the name of ${personName(run) || run} ${IN_CAPTION}`, finding: finding.fact };
      }
      case 'name': {
        const run = runContaining(newer, finding.after.split(' ').find((w) => /^\p{Lu}/u.test(w)) ?? finding.after);
        const person = personName(run) || run;
        const title = titleOf(run);
        const who = title ? `the ${titleInWords(title)}` : 'a person';
        return { phrase: `misidentified ${who} ${IN_CAPTION}. The person shown is ${person}`, finding: finding.fact };
      }
      case 'place': {
        const place = runContaining(newer, finding.after.split(' ')[0] ?? finding.after);
        const preposition = new RegExp(`\\b(in|at|on|near|outside|inside)\\s+(?:the\\s+)?${escapeRegExp(place.split(' ')[0] ?? '')}`).exec(
          newer,
        )?.[1];
        return {
          phrase: preposition
            ? `misstated where a photo was taken. It was taken ${preposition} ${place}`
            : `misstated a name ${IN_CAPTION}. It is ${place}`,
          finding: finding.fact,
        };
      }
      case 'quote':
        return { phrase: `misquoted a sign or a speaker ${IN_CAPTION}`, finding: finding.fact };
      case 'number':
      case 'amount':
      case 'score':
      case 'year':
      case 'date': {
        // Figures and dates: the house's own wording, said of the caption, with the right value.
        const full = describeCorrection(finding.fact, finding.before, finding.after, { older: before, newer: after, speaker: '' }, style);
        const [head, ...rest] = full.split(/(?<=[^.]{3})\.\s+(?=\p{Lu})/u);
        const said = head && !/,/.test(head) ? `${head.replace(/\.$/, '')} ${IN_CAPTION}` : `misstated a detail ${IN_CAPTION}`;
        return { phrase: [said, ...(head && !/,/.test(head) ? rest : [])].join('. '), finding: finding.fact };
      }
      default:
        // A title, a role, a description, a negation: named plainly, never in the caption's own words.
        return { phrase: `misstated a detail ${IN_CAPTION}`, finding: finding.fact };
    }
  }
  return null;
}

// ---------------------------------------------------------------- the reading

const photoPhrase = (subject: string) => (subject ? `photo of ${subject}` : 'photo');
const videoPhrase = (block: Block, subject: string) => {
  const medium = embedMedium(block);
  const provider = block.embed?.provider ?? '';
  if (medium === 'video') return subject ? `video of ${subject}` : provider ? `${provider} video` : 'video';
  return subject ? `${provider ? `${provider} ` : ''}post about ${subject}` : provider ? `${provider} post` : 'post';
};

interface Item {
  verb: 'adds' | 'replaces';
  /** "photo of firefighters on Main Street", without an article. */
  what: string;
}

/** Reads every photo and embed change of the redline for the note. */
export function readMediaChanges(diff: ArticleDiff, articleText: string, style: HouseStyle): MediaReading {
  const items: Item[] = [];
  const corrections: string[] = [];
  const changes: NoteChange[] = [];
  const cosmetic = (description: string, change: BlockChange, before?: string, after?: string) =>
    changes.push({
      type: 'cosmetic',
      description,
      sources: [],
      evidence: [evidenceOf(change)],
      ...(before !== undefined ? { before } : {}),
      ...(after !== undefined ? { after } : {}),
    });

  for (const change of diff.blocks) {
    if (change.type !== 'photo' && change.type !== 'embed') continue;
    const block = change.new ?? change.old;
    if (!block) continue;
    if (change.kind === 'inserted') {
      const what =
        change.type === 'photo'
          ? photoPhrase(captionSubject(block.photo?.caption ?? '', articleText))
          : videoPhrase(block, embedSubject(block, articleText));
      items.push({ verb: 'adds', what });
      changes.push({ type: 'added', description: `adds ${what}`, sources: [], evidence: [evidenceOf(change)] });
      continue;
    }
    if (change.kind === 'deleted') {
      changes.push({
        type: 'removed',
        description: `${change.type === 'photo' ? 'a photo' : 'an embed'} taken out: readers are not told of it`,
        sources: [],
        evidence: [evidenceOf(change)],
      });
      continue;
    }
    if (change.kind === 'moved' && change.moveSide === 'from') continue;
    if (!change.media) {
      if (change.kind === 'moved') cosmetic(`${change.type === 'photo' ? 'a photo' : 'an embed'} moved`, change);
      continue;
    }
    if (change.media.replaced) {
      // The photo that was there, as its old caption told it; the new caption when the old one names what is gone.
      const old = captionSubject(change.old?.photo?.caption ?? '', articleText);
      const what = photoPhrase(old || captionSubject(block.photo?.caption ?? '', articleText));
      items.push({ verb: 'replaces', what });
      changes.push({ type: 'added', description: `replaces ${what}`, sources: [], evidence: [evidenceOf(change)] });
    }
    for (const field of change.media.fields) {
      switch (field.field) {
        case 'caption': {
          const fix = captionCorrection(field.before, field.after, style);
          if (fix) {
            corrections.push(fix.phrase);
            changes.push({
              type: 'corrected',
              description: fix.phrase,
              sources: [],
              evidence: [field.after],
              before: field.before,
              after: field.after,
            });
          } else cosmetic('photo caption reworded or expanded: no fact corrected', change, field.before, field.after);
          break;
        }
        case 'credit': {
          const was = photographerOf(field.before);
          const now = photographerOf(field.after);
          const typo = was && now ? isTypoFix(was, now) || was === now : isTypoFix(field.before, field.after);
          if (typo) {
            cosmetic('photo credit spelling', change, field.before, field.after);
            break;
          }
          const subject = captionSubject(block.photo?.caption ?? '', articleText);
          const photo = subject ? `the photo of ${subject}` : 'a photo';
          const phrase = now
            ? `misidentified the photographer of ${photo}. It was taken by ${now}`
            : `misstated the credit of ${photo}. It is ${plainText(field.after)}`;
          corrections.push(phrase);
          changes.push({
            type: 'corrected',
            description: phrase,
            sources: now ? [now] : [],
            evidence: [field.after],
            before: field.before,
            after: field.after,
          });
          break;
        }
        case 'alt':
          cosmetic('alt text of a photo: readers of the page see no change', change, field.before, field.after);
          break;
        case 'url': {
          const what = videoPhrase(block, embedSubject(block, articleText));
          items.push({ verb: 'replaces', what });
          changes.push({
            type: 'added',
            description: `replaces ${what}`,
            sources: [],
            evidence: [field.after],
            before: field.before,
            after: field.after,
          });
          break;
        }
        default:
          cosmetic(`embed ${field.label.toLowerCase()} changed`, change, field.before, field.after);
      }
    }
  }
  return { additions: items.map(nounPhrase), alone: aloneText(items, style), corrections: [...new Set(corrections)], changes };
}

function evidenceOf(change: BlockChange): string {
  const block = change.new ?? change.old;
  if (block?.photo) return block.photo.caption || block.photo.alt || `photo ${block.photo.hash.slice(0, 8)}`;
  if (block?.embed) return block.embed.title || block.embed.url;
  return change.text;
}

/** "a photo of …" / "a new photo of …": one item of the note's list. */
function nounPhrase(item: Item): string {
  const what = item.verb === 'replaces' ? `new ${item.what}` : item.what;
  return /^[aeiou]/i.test(what) && !/^(?:u[a-z]{2}|one)/i.test(what) ? `an ${what}` : `a ${what}`;
}

/**
 * The update when photos and embeds are all there is: "Adds photo of … and video of …." /
 * "Replaces photo of …." The wires' bracket takes only "Adds", so a replacement reads "Adds new
 * photo of …" there; the UK form ("… amended … to add …") takes the noun phrases, not this.
 */
function aloneText(items: Item[], style: HouseStyle): string {
  if (!items.length) return '';
  const verb = (item: Item) => (style.form === 'wire' && item.verb === 'replaces' ? 'adds' : item.verb);
  const groups: { verb: string; whats: string[] }[] = [];
  for (const item of items) {
    const what = style.form === 'wire' && item.verb === 'replaces' ? `new ${item.what}` : item.what;
    const group = groups.find((g) => g.verb === verb(item));
    if (group) group.whats.push(what);
    else groups.push({ verb: verb(item), whats: [what] });
  }
  const clauses = groups.map((g) => `${g.verb} ${joinList([...new Set(g.whats)], style)}`);
  return `${capitalizeFirst(joinList(clauses, style))}.`;
}

/** True when every part of an update is one of the media phrases: the note can say "Adds photo of …". */
export function onlyMedia(parts: string[], reading: MediaReading): boolean {
  return parts.length > 0 && reading.alone !== '' && parts.every((p) => reading.additions.includes(p));
}
