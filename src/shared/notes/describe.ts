/**
 * Short descriptions for the note: what a correction fixed ("misspelled the first name of …",
 * "misstated the number of people injured. The correct figure is 14"), what a video showed and who
 * posted it, what an unattributed addition is about. Every value put into a template comes from
 * the new article's own words.
 */
import { plainText, wordTokens } from './sentences';
import { fill, type HouseStyle } from './style';
import { escapeRegExp, isSentenceStarter, isTitleWord, nameRuns, personName, titleInWords, titleOf } from './names';
import { isDateWord, isNumberToken, isYear, runContaining, type FactKind } from './edits';

const VERBISH = new Set(
  ('is are was were be been being has have had will would can could may might must should did does do said says told ' +
    'made makes took takes began begins became becomes went goes came comes left won lost rose fell hit led set put ' +
    'cut ran got gave saw sees met paid sold built brought kept held drew struck stood remains remained says ' +
    'plans plan expects expected faces faced needs needed wants wanted includes included shows showed').split(' '),
);
const PREPOSITIONS = new Set('in on at of for to from with by about into over after before during near under against between through across'.split(' '));

const QUANTITY = /^(?:more than|fewer than|less than|at least|about|nearly|almost|some|roughly|around|over|up to|only)?\s*(?:[\d$][\d,.%]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s+(?:(?:hundred|thousand|million|billion)\s+)?(?:of\s+)?/i;

/**
 * The subject of a sentence, for "details on …": "More than 40,000 homes and businesses lost power"
 * → "homes and businesses"; "A memorial service will be held" → "the memorial service".
 */
export function subjectPhrase(sentence: string, articleText = ''): string {
  let s = plainText(sentence).replace(/^"[^"]*"\s*,?\s*/, '');
  // Drop a leading adverbial: "On Tuesday, …", "Meanwhile, …", "In 2019, …".
  const lead = /^([^,]{1,40}),\s+/.exec(s);
  if (lead && lead[1]!.split(' ').length <= 5 && /^(?:on|in|at|by|after|before|during|meanwhile|however|earlier|later|since|also|still|separately|last|this|by|as of)\b/i.test(lead[1]!)) {
    s = s.slice(lead[0].length);
  }
  const quantity = QUANTITY.exec(s);
  if (quantity && quantity[0].trim()) s = s.slice(quantity[0].length);
  const words = s.split(/\s+/);
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const raw = words[k]!;
    const word = raw.replace(/[,;:.]$/, '');
    const lower = word.toLowerCase();
    if (out.length > 0 && (VERBISH.has(lower) || PREPOSITIONS.has(lower) || (/ed$/.test(lower) && !/^\p{Lu}/u.test(word)))) break;
    if (lower === 'who' || lower === 'which' || lower === 'that') break;
    if (lower === 'and' && (out.length === 0 || VERBISH.has((words[k + 1] ?? '').toLowerCase()))) break;
    out.push(word);
    if (raw !== word || out.length >= 6) break;
  }
  while (out.length && /^(?:and|or|of)$/i.test(out[out.length - 1]!)) out.pop();
  if (!out.length || /^(?:he|she|they|it|this|that|there|we|i|you|his|her|their|its)$/i.test(out[0]!)) return '';
  const first = out[0]!;
  // A capitalized first word stays capitalized only when it is a name ("State Route 9").
  const isName = /^\p{Lu}/u.test(first) && !isSentenceStarter(first) && ((out[1] !== undefined && /^\p{Lu}/u.test(out[1])) || new RegExp(`[\\p{Ll},]\\s+${escapeRegExp(first)}\\b`, 'u').test(plainText(articleText)));
  if (!isName) out[0] = first.toLowerCase();
  if (/^(?:a|an)$/.test(out[0]!)) out[0] = 'the';
  return out.join(' ');
}

export interface MediaMention {
  medium: string;
  platform: string;
  subject: string;
}

const MEDIUM = /\b(videos?|footage|photos?|photographs?|images?|clips?|livestream|recording|audio|post)\b/i;
const PLATFORM = /\b(Telegram|YouTube|TikTok|Facebook|Instagram|Twitter|X|Truth Social|Weibo|WeChat|Reddit|Snapchat|Bluesky|Threads|LinkedIn|Vimeo|Twitch)\b/;

function nounPhraseAt(text: string): string {
  const words = text.trim().split(/\s+/);
  const out: string[] = [];
  for (const raw of words) {
    const word = raw.replace(/[,;:.]$/, '');
    const lower = word.toLowerCase();
    if (out.length === 0 && /^(?:a|an|what|some|several|one|two|three|four|five|dozens|many)$/i.test(word)) continue;
    if (out.length === 0 && /^(?:group|number|line|column|crowd|pair|couple|handful)$/i.test(word) && /^of$/i.test(words[words.indexOf(raw) + 1] ?? '')) continue;
    if (out.length === 0 && lower === 'of') continue;
    if (out.length > 0 && (/ing$/.test(lower) || PREPOSITIONS.has(lower) || VERBISH.has(lower) || lower === 'can' || lower === 'who' || lower === 'that' || lower === 'and')) break;
    out.push(word);
    if (raw !== word || out.length >= 4) break;
  }
  // "the drones" reads as "drones" in a note; a singular keeps its article ("the marshal").
  if (out[0]?.toLowerCase() === 'the' && out.length > 1 && /[^s]s$/.test(out[out.length - 1]!)) out.shift();
  return out.join(' ');
}

/** A video, photos or a post the sentence describes, with what they show, or null. */
export function mediaMention(sentence: string): MediaMention | null {
  const s = plainText(sentence).replace(/"[^"]*"/g, '""');
  const medium = MEDIUM.exec(s);
  if (!medium) return null;
  const platform = PLATFORM.exec(s)?.[1] ?? '';
  let subject = '';
  const showing = /\b(?:videos?|footage|photos?|photographs?|images?|clips?|recording|livestream)\s+(?:of|showing|that shows?|which shows?|appearing to show|purporting to show|shows?)\s+(.+)$/i.exec(s);
  const seen = /(?:^|,\s*|\b(?:while|and)\s+)((?:an?|the|some|several|\w+)?\s*(?:[\p{L}-]+\s+){0,4}?)(?:can|could)\s+be\s+(?:seen|heard)/iu.exec(s);
  const shows = /\bshows?\s+(.+)$/i.exec(s);
  const appears = /\b(?:appears? to show|appearing to show|purports? to show|purporting to show|depicts?|depicting)\s+(.+)$/i.exec(s);
  if (showing) subject = nounPhraseAt(showing[1]!);
  else if (appears) subject = nounPhraseAt(appears[1]!);
  else if (seen) subject = nounPhraseAt(seen[1]!);
  else if (shows) subject = nounPhraseAt(shows[1]!);
  return { medium: medium[1]!.toLowerCase().replace(/^footage$/, 'video'), platform, subject };
}

export interface CorrectionContext {
  older: string;
  newer: string;
  /** Name of the speaker of the new sentence, for "misquoted X". */
  speaker: string;
}

function clauseBefore(newer: string, marker: string): string {
  const at = newer.indexOf(marker);
  if (at <= 0) return '';
  let clause = newer.slice(0, at).trim();
  const comma = clause.lastIndexOf(',');
  if (comma >= 0) clause = clause.slice(comma + 1).trim();
  clause = clause.replace(/^(?:and|but|which|that)\s+/i, '');
  if (clause.split(/\s+/).length > 14 || !clause) return '';
  const first = clause.split(' ')[0]!;
  return /^(?:The|A|An)$/.test(first) ? first.toLowerCase() + clause.slice(first.length) : clause;
}

/** "14 people were injured" → "people injured". */
function countedNoun(newer: string, number: string): string {
  const tokens = wordTokens(newer);
  const at = tokens.findIndex((t) => t === number);
  if (at < 0) return '';
  const after = tokens.slice(at + 1);
  const out: string[] = [];
  for (const t of after) {
    const lower = t.toLowerCase();
    if (isNumberToken(t) && /^(hundred|thousand|million|billion|dozen)$/.test(lower)) continue;
    if (PREPOSITIONS.has(lower) || VERBISH.has(lower) || /^(and|or|but|a|an|the|each|per|every|this|that|last|next)$/.test(lower)) break;
    out.push(t);
    if (out.length >= 2) break;
  }
  const next = after[out.length];
  const participle = after[out.length + 1];
  if (next && /^(were|was|are|is|have been|had been)$/i.test(next) && participle && /ed$/.test(participle)) out.push(participle);
  return out.join(' ');
}

function amountWhat(newer: string, amount: string): string {
  const at = newer.indexOf(amount);
  if (at < 0) return '';
  const before = newer.slice(0, at);
  const of = /\b((?:\w+\s+)?\w+)\s+of\s+(?:about\s+|nearly\s+|almost\s+|more than\s+|roughly\s+)?$/i.exec(before);
  if (of && !/^(?:the|a|an)$/i.test(of[1]!)) return `the ${of[1]!.replace(/^(?:the|a|an|its|their)\s+/i, '').toLowerCase()}`;
  const verb = /\b(costs?|cost|priced at|valued at|worth|raised|paid|owed|spent|lost|earned|fined|awarded)\s+(?:about\s+|nearly\s+|almost\s+|more than\s+|roughly\s+|an estimated\s+)?$/i.exec(before);
  if (verb) {
    const word = verb[1]!.toLowerCase();
    if (/^costs?$/.test(word)) return 'the cost';
    if (/^(?:priced at|valued at|worth)$/.test(word)) return 'the value';
    return `the amount ${word}`;
  }
  const after = newer.slice(at + amount.length);
  const inWhat = /^\s*(?:million|billion|trillion|percent)?\s*in\s+(\w+)/i.exec(after);
  if (inWhat) return `the ${inWhat[1]!.toLowerCase()}`;
  return '';
}

function datePhrase(newer: string, after: string): string {
  // Extend the changed words to the whole date as printed: "March 14", "Tuesday", "Nov. 6, 2024".
  const tokens = wordTokens(newer);
  const firstChanged = after.split(' ')[0] ?? '';
  let at = tokens.indexOf(firstChanged);
  if (at < 0) return after;
  while (at > 0 && (isDateWord(tokens[at - 1]!) || /^\d{1,2}$/.test(tokens[at - 1]!))) at--;
  const out: string[] = [];
  for (let k = at; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (isDateWord(t) || /^\d{1,2},?$/.test(t) || isYear(t.replace(',', ''))) out.push(t);
    else break;
  }
  return out.join(' ') || after;
}

const EVENT = /\b(?:the|its|his|her|their)\s+((?:[\p{L}-]+\s+){0,2}?(?:hearing|trial|election|vote|meeting|game|match|race|funeral|service|memorial|sentencing|opening|closure|ceremony|concert|festival|launch|strike|deadline|event|announcement|release|final|conference|summit|talks|rally|parade|arraignment|inauguration|debate|referendum|kickoff|departure|arrival|storm|landfall|visit|protest|auction|sale))\b/iu;

export function describeCorrection(fact: FactKind, before: string, after: string, ctx: CorrectionContext, style: HouseStyle): string {
  const t = style.templates;
  const newer = plainText(ctx.newer);
  switch (fact) {
    case 'name-spelling': {
      const run = runContaining(newer, after.split(' ')[0] ?? after);
      const person = personName(run) || run;
      const words = person.split(' ');
      const first = after.split(' ')[0] ?? '';
      const index = words.indexOf(first);
      const part = words.length < 2 || index < 0 ? 'name' : index === 0 ? 'first name' : index === words.length - 1 || after.split(' ').length > 1 && index + after.split(' ').length === words.length ? 'last name' : 'name';
      return fill(t.misspelledName, { part, name: person });
    }
    case 'name': {
      const run = runContaining(newer, after.split(' ').find((w) => !isTitleWord(w)) ?? after);
      const person = personName(run) || run;
      const title = titleOf(run);
      if (title) return fill(t.misidentified, { role: `the ${titleInWords(title)}`, name: person });
      return fill(t.misidentifiedNoRole, { name: person });
    }
    case 'title': {
      const run = nameRuns(newer).find((r) => r.words.some(isTitleWord) && personName(r.text));
      if (!run) return fill(t.misstatedDetail, { what: subjectPhrase(newer) || 'a title' });
      return fill(t.misstatedTitle, { name: personName(run.text), right: titleInWords(titleOf(run.text)) });
    }
    case 'place': {
      const place = runContaining(newer, after.split(' ')[0] ?? after);
      const preposition = new RegExp(`\\b(in|at|near|from|to|into|outside)\\s+(?:the\\s+)?${escapeRegExp(place.split(' ')[0]!)}`).exec(newer);
      const clause = preposition ? clauseBefore(newer, preposition[0]) : '';
      if (clause) return fill(t.misstatedPlace, { what: `where ${clause}`, right: `${preposition![1]} ${place}` }).replace(/It is (in|at|near|from|to|into|outside) /, 'It was $1 ');
      return fill(t.misstatedPlace, { what: 'a place name', right: place });
    }
    case 'year': {
      const year = after.split(' ').find(isYear) ?? after;
      const clause = clauseBefore(newer, `in ${year}`) || clauseBefore(newer, year);
      return fill(t.misstatedYear, { what: clause || 'given', right: year });
    }
    case 'date': {
      const right = datePhrase(newer, after);
      // "Okafor said Wednesday": the date is when the source spoke, not when the event is.
      const spoke = new RegExp(`\\b(?:said|says|told|announced|wrote|posted)\\s+(?:on\\s+)?${escapeRegExp(right.split(' ')[0]!)}\\b`).test(newer);
      if (spoke && ctx.speaker) return fill(t.misstatedDate, { what: `${ctx.speaker} spoke`, right }).replace(/It is /, 'It was ').replace(/the date (?=.* It was \p{Lu}\p{Ll}+day\b)/u, 'the day ');
      const clause = clauseBefore(newer, `on ${right}`) || clauseBefore(newer, right);
      const event = EVENT.exec(newer);
      const what = clause ? clause : event ? `of the ${event[1]!.toLowerCase()}` : '';
      return fill(t.misstatedDate, { what, right });
    }
    case 'amount': {
      const amount = after.split(' ').find((w) => /\d/.test(w)) ?? after;
      const unit = /^\s*(million|billion|trillion|percent)/i.exec(newer.slice(newer.indexOf(amount) + amount.length))?.[1] ?? '';
      const what = amountWhat(newer, amount) || 'a figure';
      return fill(t.misstatedAmount, { what, right: unit ? `${amount} ${unit}` : amount });
    }
    case 'score': {
      const score = after.split(' ').find((w) => /^\d+-\d+$/.test(w)) ?? after;
      const before = newer.slice(0, newer.indexOf(score));
      return fill(t.misstatedScore, { what: /\bvot\w*\s+$/i.test(before) ? 'vote' : 'score', right: score });
    }
    case 'number': {
      const number = after.split(' ').find(isNumberToken) ?? after;
      const noun = countedNoun(newer, number);
      if (noun) return fill(t.misstatedNumber, { what: noun, right: number });
      return fill(t.misstatedAmount, { what: 'a figure', right: number });
    }
    case 'negation': {
      // Say it the positive way: "misstated whether the council approved the plan".
      const positive = plainText(/\b(?:not|never|no)\b|n't/i.test(newer) ? ctx.older : newer).replace(/[.]$/, '');
      const first = positive.split(' ')[0] ?? '';
      const claim = /^(?:The|A|An)$/.test(first) ? first.toLowerCase() + positive.slice(first.length) : positive;
      if (positive.split(' ').length <= 20 && !/\b(?:not|never|no)\b|n't/i.test(positive)) return fill(t.misstatedWhether, { what: claim });
      return fill(t.misstatedDetail, { what: subjectPhrase(newer) || 'the events described' });
    }
    case 'quote':
      return ctx.speaker ? fill(t.misquoted, { name: ctx.speaker }) : fill(t.misstatedDetail, { what: 'a quotation' });
    case 'detail':
    default: {
      const subject = subjectPhrase(newer);
      return fill(t.misstatedDetail, { what: subject || 'the events described' });
    }
  }
}
