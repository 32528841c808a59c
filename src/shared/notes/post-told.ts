/**
 * A post as a note tells it: with the article it takes, honorifics left off ("Dr"), an age cut, a
 * title's capitals read as running text reads them ("Punjab Law Minister" → "the Punjab law minister")
 * while a body's name keeps its own ("at NWS Shreveport", "Dunmore Chief Executive"), and a capital
 * that was only the sentence's lowered ("Associate medical officer").
 */
import nlp from 'compromise';
import { isPostQualifier } from './title-qualifiers';
import { isPortfolio } from './portfolios';
import { escapeRegExp, isAcronym, isJurisdiction, isOrgWord, isPostWord, isTitleWord, readsAsName, titleInWords } from './names';
import { indefiniteArticle, withArticle } from './same-person-title';
import { plainText } from './sentences';
import { isKnownWord } from './known-words';
import { printedTokens } from './topics';
import { BODY_LINK_AT, HONORIFIC, OPENING } from './post-words';
import type { Token } from './post-words';

/** A capitalised word of a post's own: "Interim", "President", "Provost" (never an acronym, "CEO"). */
const titleCapital = (t: Token) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && (isPostWord(t.text.toLowerCase()) || isPostQualifier(t.text));

/** Does the article print the word in lower case somewhere ("police" beside "Commissioner of Police")? */
const lowerInArticle = (word: string, article: string) =>
  new RegExp(`(?<![\\p{L}])${escapeRegExp(word.toLowerCase())}(?![\\p{L}])`, 'u').test(plainText(article));

/**
 * The post as a note tells it: its article, honorifics left off, a title's capitals read as running text.
 * `fields` false keeps a field after "for" as printed, for a post told beside another whose field stays.
 */
export function told(tokens: Token[], titled: boolean, owner = 0, article = '', fields = true): string {
  // ("professor" in lower case is the post itself, "associate professor"; "Dr" is the honorific.)
  const kept = tokens.filter((t, k) => !(k === tokens.length - 1 && HONORIFIC.test(t.text) && /^\p{Lu}/u.test(t.text)));
  while (kept.length && /^(?:-|–|,)$/.test(kept.at(-1)!.text)) kept.pop();
  // (An age set in a post, "a 33-year-old IT consultant", is no part of the post.)
  const age = kept.findIndex((t, k) => t.pos === 'NUM' && kept[k + 2]?.lower === 'year' && /^old$/i.test(kept[k + 4]?.text ?? ''));
  if (age >= 0) kept.splice(age, 5);
  if (!kept.length) return '';
  // (A post's abbreviation spelled out, "CEO" → "chief executive officer"; a title's capitals as running text reads them.)
  const spelled = (w: string) => (titleInWords(w) !== w.toLowerCase() ? titleInWords(w) : w);
  const words = titled
    ? titleWords(
        kept.map((t) => t.text),
        owner,
        article,
        fields,
      )
    : // (A post set after a name is running text: its own words before the body's link in lower case,
      // "Interim President of the University of …" → "interim president of the University of …".)
      // (Only when every capital there is a post's word: "Harwick Fire Department lieutenant" names a body.)
      // (Every word before the link, "an Assistant Commissioner of …" → "an assistant commissioner of …";
      // a body of one common word after it too, as in a title run: "deputy commissioner of police".)
      ((own, link) =>
        kept.map((t, k) =>
          own.every(titleCapital) &&
          /^\p{Lu}/u.test(t.text) &&
          (k < link ||
            (k === link + 1 && kept.length === link + 2 && own.length > 0 && isOrgWord(t.text) && lowerInArticle(t.text, article)))
            ? t.text.toLowerCase()
            : spelled(t.text),
        ))(
        kept.slice(0, BODY_LINK_AT(kept)).filter((t) => /^\p{Lu}/u.test(t.text)),
        BODY_LINK_AT(kept),
      );
  // (A dash set between spaces inside a body's name is the article's dash: "Carnegie – Tsinghua Center".)
  const printed = printedTokens(kept.map((t, k) => ({ text: words[k]!, space: t.space }))).replace(/(\p{L}) - (\p{Lu})/gu, '$1 – $2');
  // (An article printed before a cut age is chosen again: "a 33-year-old IT worker" → "an IT worker".)
  if (/^an?$/i.test(kept[0]!.text) && age >= 0) return `${indefiniteArticle(words[1] ?? '')} ${printed.replace(/^\S+ /, '')}`;
  if (OPENING.test(kept[0]!.text)) return printed.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  if (kept[0]!.pos === 'PROPN' && /^['’]s$/.test(kept[1]?.text ?? '')) return printed;
  const articled = withArticle(printed);
  // ("owner of Sky Cave Retreats", "commander of Brigade 23": a post of a named body is its one holder's.)
  // ("county public health officer": a post of a county, city or state named by its kind is its one holder's.)
  const ofNamed = (/ of (?:the )?\p{Lu}/u.test(printed) && !/^member /.test(printed)) || isJurisdiction(kept[0]!.text);
  return ofNamed && /^an? /.test(articled) ? articled.replace(/^an? /, 'the ') : articled;
}

/**
 * A title printed before a name as running text reads it. A run the paper printed partly in lower
 * case ("National Public Health Service deputy director") already does: its capitals are names. In a
 * run all in capitals ("Punjab Law Minister", "Senior Safety Investigator"), the owner both versions
 * open on keeps its capitals and so does a body after the post's "at" or "of" ("at NWS Shreveport");
 * the post's own words are lowered, an acronym kept, an abbreviation spelled ("CEO").
 */
function titleWords(words: string[], owner: number, article: string, fields: boolean): string[] {
  const spelled = (w: string) => (titleInWords(w) !== w.toLowerCase() ? titleInWords(w) : w);
  if (words.some((w) => /^\p{Ll}/u.test(w) && !/^(?:of|for|and|in|at)$/.test(w))) return words.map(spelled);
  const link = words.findIndex((w, k) => k > 0 && /^(?:of|at|for)$/.test(w));
  // ("Deputy Commissioner for Public Information": a field after the post's "for" is no body's name, and
  // AP lowers it, "deputy commissioner for public information"; lowered whole or not at all, so a field
  // the article prints as a name ("Justice and Equality" of its department) stays as printed.)
  const fieldWords = words.slice(link + 1).filter((v) => /^\p{Lu}/u.test(v));
  const field =
    fields &&
    link > 0 &&
    words[link] === 'for' &&
    isPortfolio(words[link + 1] ?? '') &&
    fieldWords.every((v) => isKnownWord(v) && !isOrgWord(v) && !isAcronym(v) && !isJurisdiction(v) && !namedAlone(v, article));
  return words.map((w, k) => {
    const abbreviated = spelled(w);
    if (abbreviated !== w) return abbreviated;
    // ("Maricopa County Sheriff": a county after the place it is keeps its capital with it; "Inspector
    // General of Police": a body of one word after the link is a common noun.)
    const placed = isJurisdiction(w) && k === owner && owner > 0;
    // ("Deputy Commissioner for Public Information": a field after the post's "for" is no body's name, and
    // AP lowers it, "deputy commissioner for public information"; a body's own words stay, "Center for …".)
    const body = link >= 0 && k > link && (words.length - link > 2 || isAcronym(w)) && !field;
    // ("Dunmore Chief Executive": a capital no lexicon knows, and no post's word, is a body's name, kept.)
    const coined = !isKnownWord(w) && !isPostWord(w.toLowerCase()) && !isTitleWord(w) && !isPostQualifier(w);
    return k >= owner && !body && !placed && !coined && !isAcronym(w) && !namedAlone(w, article) ? w.toLowerCase() : w;
  });
}

/**
 * A capitalised word of a title run that is a name of its own — the body the post is at, "Ador" of
 * "former Ador CEO" — as the article shows by printing it mid-sentence with no post word after it
 * ("in favor of Ador") and never in lower case; a title's own word ("Law", "Deputy") is no such name.
 */
function namedAlone(word: string, article: string): boolean {
  if (
    !/^\p{Lu}\p{Ll}+$/u.test(word) ||
    isPostWord(word.toLowerCase()) ||
    isTitleWord(word) ||
    isPostQualifier(word) ||
    isJurisdiction(word)
  )
    return false;
  if (lowerInArticle(word, article)) return false;
  const plain = plainText(article);
  const re = new RegExp(`(?<=[\\p{Ll},;:] |^|[.!?]["”]? )${escapeRegExp(word)}(?![\\p{L}\\p{M}-])(?: (\\S+))?`, 'gmu');
  // ("the Department of Transportation's bureau": a department's field is no name of its own; AP tells
  // "Transportation Secretary Anthony Foxx" as "the transportation secretary".)
  const field = (at: number) =>
    /\b(?:Department|Ministry|Secretary|Minister|Office) of (?:the )?$/u.test(plain.slice(Math.max(0, at - 30), at));
  return [...plain.matchAll(re)].some(
    (m) => !field(m.index) && (!m[1] || (!/^\p{Lu}/u.test(m[1]) && !isPostWord(m[1].replace(/\W+$/u, '').toLowerCase()))),
  );
}

/**
 * A capital the sentence gave a word the article prints in lower case elsewhere and that reads as
 * no name ("Parliament member" opening a sentence) is lowered, as grammar.ts' check asks; a capital
 * before another capital is a name's.
 */
export function capitalsAsPrinted(post: string, article: string): string {
  const words = post.split(' ');
  return words
    .map((w, k) =>
      /^\p{Lu}\p{Ll}+$/u.test(w) &&
      !/^\p{Lu}/u.test(words[k + 1] ?? '') &&
      !/^\p{Lu}/u.test(words[k - 1] ?? '') &&
      !readsAsName(w, article) &&
      lowerInArticle(w, article)
        ? w.toLowerCase()
        : w,
    )
    .join(' ');
}

/** A post's first word lowered when its capital was only the sentence's: no name, no acronym ("Associate medical officer"). */
export function sentenceCapitalLowered(post: string, article: string): string {
  return post.replace(/^((?:an?|the) )?(\p{Lu}\p{Ll}+)(?= \p{Ll})/u, (whole, opening: string | undefined, word: string) => {
    const lowered = word.toLowerCase();
    // (Lowered only as a qualifier, an adjective or a word the article prints in lower case: "Tarn" stays a name.)
    const printedLower = lowerInArticle(lowered, article);
    // (A post's own word, "Head coach of …", is lowered too: the sentence's capital, no name.)
    if (namedAlone(word, article) || !(isPostQualifier(word) || isPostWord(lowered) || nlp(lowered).has('#Adjective') || printedLower))
      return whole;
    return `${opening && /^an? $/.test(opening) ? `${indefiniteArticle(lowered)} ` : (opening ?? '')}${lowered}`;
  });
}
