/**
 * What a corrected figure measures, read from the words around it in its sentence, so a correction
 * says "misstated the number of passengers who died" or "the share of voters who backed the
 * measure" rather than "a figure". Each reading follows one shape of English around a number:
 * - a count and what it counts, with the verb or relative clause that says what happened to them
 *   ("61 passengers died" → "passengers who died"; "3,000 people who had lost their homes");
 * - a share: "35% of voters backed the measure" → "the share of voters who backed the measure";
 *   "Turnout was 38 percent" → "the turnout";
 * - an amount and what it belongs to: "a round of $25 million" → "the amount of the round";
 *   "The mayor earns $120,000" → "the amount the mayor earns";
 * - an age in apposition: "Ferreira, 43," → "Ferreira's age".
 * Empty when no shape fits: the caller keeps its own wording.
 */
import { upToSaying } from './speech-verbs';
import { bareWord as bare, plainText } from './sentences';
import { tagged } from './topics';
import { LABEL, unitOfWord } from './measures';
import { isPostNoun, personName } from './names';
import { lemmaOf } from './opposites';
import { repeatedDeed } from './figure-clauses';
import { figureOfNoun } from './figure-nouns';
import { spanCompoundUnit, spanOfCompound } from './span-compounds';
import { percentOfPhrase } from './percent-phrases';
import { amountSpentOn } from './spent-on';
import { estimatedSum } from './put-at';
import { compoundMeasure } from './measure-compounds';
import { movedLevel } from './moved-levels';
import { heldMeasure } from './held-measures';
import { surveyedShare } from './surveyed-shares';
import { modalDeed, PEOPLE, relativeClause, subjectDeed } from './counted-nouns';
import { BETWEEN } from './counting-clause';
import { ROUNDED_FIGURE } from './qualifiers';
import { measuredSize } from './measured-size';
import { sizeOfChange } from './change-sizes';
import { boundedFigure } from './bounded-figures';
import { countedWho } from './counted-who';
import { peopleHarmed } from './counted-deeds';
import { fractionShare } from './fraction-shares';
import { measuredByClause } from './measured-clause';
import { shareWithClause } from './share-clauses';
import { SCALE_WORD } from './scale-words';
import { ownedScore } from './owned-scores';
import { isIrregularPast } from './past-forms';
import { distanceBetween } from './distance-between';

/** Verbs that say what happened to the counted ones ("died", "were hurt"). */
const EVENT_VERB =
  /^(?:died|drowned|perished|survived|fled|escaped|voted|signed|applied|attended|graduated|returned|arrived|left|quit|resigned|retired|walked|marched|protested|gathered|complained|reported|tested|fell|lost|won|joined|enrolled|registered)$/i;
/** Plurals without an s. */
const PLURAL = /^(?:people|children|men|women|staff|police|personnel|cattle|sheep|fish|deer|crew|faculty)$/;
const AUX = /^(?:had|has|have|were|was|are|is|been|be|will|would|could|can|did|do|does|not)$/i;
const STOP = /^(?:in|on|at|from|to|for|with|by|after|before|during|since|and|or|but|when|while|because|as|than|last|this|that)$/i;
const PARTICIPLE = /^(?:\p{Ll}+ed|hurt|killed|built|sold|lost|found|held|taken|shot|struck|born|left|made|caught|hit)$/u;

/** Words of time, which date a sum rather than say what it counts. */
const TIME_WORD = /^(?:next|previous|year|years|month|months|week|weeks|day|days|quarter|today|yesterday)$/i;

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean).flatMap(unglued);
}

/**
 * "40C", "40°F", "12km": a figure with its unit run into it is read as the figure and the unit
 * apart, as the edit's tokens read it, the one-letter scale of a temperature with them.
 */
function unglued(word: string): string[] {
  const glued = /^(\d[\d,]*(?:\.\d+)?)°?(\p{L}+)([),.;:!?"”]*)$/u.exec(word);
  if (!glued || !(/^[CF]$/.test(glued[2]!) || unitOfWord(glued[2]!))) return [word];
  return [glued[1]!, `${glued[2]}${glued[3]}`];
}

/** "C", "F" after a figure: the scale of a temperature, told in full. */
const SCALES: Record<string, string> = { C: 'degrees Celsius', F: 'degrees Fahrenheit' };
const ends = (w: string) => /[,.;:!?]["”]?$/.test(w);

/** The place of `figure` among the sentence's words, or -1. */
function indexOf(ws: string[], figure: string): number {
  const first = figure.split(/\s+/)[0]!.toLowerCase();
  return ws.findIndex((w) => bare(w).toLowerCase() === first);
}

/** "61 passengers died" → "passengers who died"; "3,000 people who had lost their homes" → the same run. */
export function countedWith(sentence: string, figure: string): string {
  const ws = words(plainText(sentence));
  const at = indexOf(ws, figure);
  if (at < 0) return '';
  let k = at + figure.split(/\s+/).length;
  while (k < ws.length && /^(?:hundred|thousand|million|billion|more|other|additional)$/i.test(bare(ws[k]!))) k++;
  const noun = bare(ws[k] ?? '');
  if (!(/^\p{Ll}{3,}s$/u.test(noun) || PLURAL.test(noun)) || ends(ws[k - 1] ?? '')) return '';
  const rest = ws.slice(k + 1).map(bare);
  // "… who had lost their homes": the relative clause says which ones.
  if (/^(?:who|that|which)$/i.test(rest[0] ?? '') && !ends(ws[k]!)) {
    // "… who staff the depot were sent home": the clause to the main verb (counted-nouns.ts).
    const whole = relativeClause(ws.slice(k + 1).join(' '));
    if (whole) return `${noun} ${whole}`;
    // Pronoun, auxiliaries, verb, then an object of a determiner and a word or two: where the
    // clause stops and the main verb ("… who had lost their homes asked for help") begins.
    const clause: string[] = [bare(ws[k + 1]!)];
    let j = k + 2;
    while (j < ws.length && AUX.test(bare(ws[j]!)) && !ends(ws[j - 1]!)) clause.push(bare(ws[j++]!));
    if (j < ws.length && !ends(ws[j - 1]!)) clause.push(bare(ws[j++]!));
    if (j < ws.length && !ends(ws[j - 1]!) && /^(?:the|a|an|their|his|her|its|our|them|it)$/i.test(bare(ws[j]!))) {
      clause.push(bare(ws[j++]!));
      for (let n = 0; n < 2 && j < ws.length && !ends(ws[j - 1]!); n++, j++) {
        const w = bare(ws[j]!);
        if (STOP.test(w) || AUX.test(w) || /^\p{Ll}+ed$/u.test(w) || !/^\p{Ll}/u.test(w)) break;
        clause.push(w);
      }
    }
    return clause.length >= 2 ? `${noun} ${clause.join(' ')}` : '';
  }
  if (ends(ws[k]!)) return objectOf(ws.slice(0, at).join(' '), noun);
  // "workers would walk out": a modal's deed (counted-nouns.ts).
  const modal = ends(ws[k + 1] ?? '') ? '' : modalDeed(noun, [rest[0] ?? '', rest[1] ?? '', ends(ws[k + 2] ?? '') ? '' : (rest[2] ?? '')]);
  if (modal) return modal;
  // "passengers died", "workers were hurt", "people have been evacuated".
  const aux = /^(?:were|was|are|is|have|had|has)$/i.test(rest[0] ?? '') ? 1 + (/^been$/i.test(rest[1] ?? '') ? 1 : 0) : 0;
  const verb = rest[aux] ?? '';
  // "More than 9,000 runners took part": a count opening its sentence does its verb (counted-nouns.ts);
  // with its object it says more than the short list below ("families who lost their homes").
  const opens = ws.slice(0, at).every((w) => BETWEEN.test(bare(w).toLowerCase()));
  const done = aux === 0 && opens && !ends(ws[k]!) ? subjectDeed(noun, ws.slice(k + 1)) : '';
  if (done && (!EVENT_VERB.test(verb) || done.split(' ').length > 3)) return done;
  if (aux === 0 && EVENT_VERB.test(verb)) {
    // "passengers who died", but "fires reported Saturday" (a thing the verb was done to) and "trees that fell".
    const people = PEOPLE.test(noun);
    if (people) return `${noun} who ${verb.toLowerCase()}`;
    return /ed$/.test(verb) ? `${noun} ${verb.toLowerCase()}` : `${noun} that ${verb.toLowerCase()}`;
  }
  // "officers had falsified reports": "had" without "been" is no passive — the officers did it.
  const active = aux === 1 && /^(?:have|had|has)$/i.test(rest[0] ?? '');
  if (active && PARTICIPLE.test(verb) && !STOP.test(verb)) {
    // What they did it to, to the clause's end or its first preposition ("falsified reports").
    const object: string[] = [];
    for (let j = k + 3; j < ws.length && object.length < 3 && !ends(ws[j - 1]!); j++) {
      const w = bare(ws[j]!);
      if (!/^\p{Ll}/u.test(w) || (STOP.test(w) && !/^(?:the|their|his|her|its)$/.test(w))) break;
      object.push(w);
    }
    return `${noun} who ${rest[0]!.toLowerCase()} ${verb.toLowerCase()}${object.length ? ` ${object.join(' ')}` : ''}`;
  }
  if (aux > 0 && PARTICIPLE.test(verb) && !STOP.test(verb)) return `${noun} ${verb.toLowerCase()}${whereTo(ws.slice(k + 2 + aux))}`;
  // "20 million more people insured, …": a participle closing a list's item is a reduced "who were".
  if (aux === 0 && /ed$/.test(verb) && PARTICIPLE.test(verb) && !STOP.test(verb) && ends(ws[k + 1] ?? ''))
    return `${noun} ${verb.toLowerCase()}`;
  return objectOf(ws.slice(0, at).join(' '), noun);
}

/**
 * "… taken to hospitals", "… treated at the scene": where the participle's action went, a
 * preposition of place and up to three words to the clause's end; '' otherwise. The figure's
 * reading keeps it ("the number of students taken to hospitals", not "students taken").
 */
function whereTo(after: string[]): string {
  if (!after.length || ends(after[0]!) || !/^(?:to|at|into|from|in|on)$/i.test(bare(after[0]!))) return '';
  const out = [bare(after[0]!)];
  for (const w of after.slice(1, 4)) {
    // A second preposition opens another phrase ("to hospitals in Akron"): the first is enough.
    if (out.length > 1 && /^(?:in|on|at|near|for|after|with|and)$/i.test(w)) return ` ${out.join(' ')}`;
    if (/^\p{Lu}/u.test(w) && !/^(?:The)$/.test(w)) return '';
    out.push(bare(w));
    if (ends(w)) return ` ${out.join(' ')}`;
  }
  return out.length > 1 && after.length <= 4 ? ` ${out.join(' ')}` : '';
}

/**
 * "Halvorsen Motors will cut 900 jobs" → "jobs Halvorsen Motors will cut": the figure is the object
 * of the clause before it, told as what was counted and who did what to it — a named subject
 * opening the sentence or after "that"/a comma, its auxiliaries, and a verb by wink-nlp's tags. '' when the words before the figure are no such clause.
 */
function objectOf(before: string, noun: string): string {
  const m =
    /(?:^|,\s+|\bthat\s+)((?:[Tt]he\s+(?:\p{Ll}+\s+)?\p{Ll}+)|\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*)*)\s+((?:(?:will|would|could|plans to|expects to|is expected to|had|has|have)\s+)?)(\p{Ll}+)$/u.exec(
      before,
    );
  // One capital opening the sentence may be a common noun ("Police have arrested"): not a name to trust.
  if (!m || /^[Tt]he\s/.test(m[1]!) || (m.index === 0 && !/\s/.test(m[1]!))) return '';
  const tags = tagged(`${m[1]} ${m[2]}${m[3]}`);
  const verb = tags.at(-1);
  // Only a name is worth the words ("Police" opening the sentence is a common noun: wink-nlp's tags).
  const subject = tags.slice(0, m[1]!.split(/\s+/).length);
  // After "will"/"had" the word is a verb whatever the tagger makes of it ("will close").
  const isVerb = verb?.pos === 'VERB' || (m[2] !== '' && verb?.pos !== 'NOUN');
  if (!subject.every((t) => t.pos === 'PROPN') || !isVerb || /ing$/.test(m[3]!) || EVENT_VERB.test(m[3]!)) return '';
  return `${noun} ${m[1]} ${m[2]}${m[3]}`;
}

/** "35% of voters backed the measure" → "voters who backed the measure"; "Turnout was 38 percent" → "the turnout". */
export function shareOf(sentence: string, figure: string): string {
  const text = plainText(sentence).replace(/[.]$/, '');
  const ws = words(text);
  const at = indexOf(ws, figure);
  if (at < 0) return '';
  let k = at + figure.split(/\s+/).length;
  if (!/%$/.test(bare(ws[at]!)) && !/^(?:percent|per)$/i.test(bare(ws[k] ?? ''))) return '';
  if (/^per$/i.test(bare(ws[k] ?? ''))) k += 2;
  else if (/^percent$/i.test(bare(ws[k] ?? ''))) k++;
  if (/^of$/i.test(ws[k] ?? '') && !ends(ws[k - 1] ?? '')) {
    // "of residents surveyed last month said …": a poll's share (surveyed-shares.ts).
    const polled = surveyedShare(ws.slice(k).join(' '));
    if (polled) return polled;
    const group: string[] = [];
    let j = k + 1;
    for (; j < ws.length && group.length < 4; j++) {
      const w = bare(ws[j]!);
      if (STOP.test(w) || /^(?:were|was|are|is|have|had|has|said|say)$/i.test(w) || /^\p{Ll}+ed$/u.test(w)) break;
      group.push(w);
      if (ends(ws[j]!)) break;
    }
    if (!group.length || group.some((w) => /^\p{Lu}/u.test(w) && w !== group[0])) return '';
    const verb = bare(ws[j] ?? '');
    const object: string[] = [];
    if (!ends(ws[j - 1] ?? '') && /^\p{Ll}+ed$/u.test(verb)) {
      for (let m = j + 1; m < ws.length && object.length < 4; m++) {
        const w = bare(ws[m]!);
        if (STOP.test(w) || /^\p{Lu}/u.test(w)) break;
        object.push(w);
        if (ends(ws[m]!)) break;
      }
      return `the share of ${group.join(' ')} who ${[verb, ...object].join(' ')}`;
    }
    // ("nearly 80 percent of its flights had been canceled": a passive told whole, "that had been canceled".)
    const told = ws.slice(j, j + 3).map(bare);
    const been = /^been$/i.test(told[1] ?? '') ? 1 : 0;
    const participle = told[1 + been] ?? '';
    if (
      /^(?:were|was|are|is|had|have|has)$/i.test(verb) &&
      !ends(ws[j - 1] ?? '') &&
      (PARTICIPLE.test(participle) || isIrregularPast(participle))
    )
      return `the share of ${group.join(' ')} ${PEOPLE.test(group.at(-1)!) ? 'who' : 'that'} ${told.slice(0, 2 + been).join(' ')}`;
    // "of students at the school qualify for …": a place in the group or a verb in the present (share-clauses.ts).
    const placed =
      /^(?:at|in|on|from)$/i.test(verb) || (!ends(ws[j - 1] ?? '') && tagged(`${group.join(' ')} ${verb}`).at(-1)?.pos === 'VERB');
    const clause = placed ? shareWithClause(ws.slice(k + 1).join(' ')) : '';
    return clause || `the share of ${group.join(' ')}`;
  }
  // "The company's sales fell 18% in the quarter": how much the subject moved, by its verb (wink-nlp's tags).
  const moved =
    /^((?:(?:The|Its|Their|His|Her)\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3})\s+(\p{Ll}+)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|more than\s+|roughly\s+)?$/u.exec(
      ws.slice(0, at).join(' ') + ' ',
    );
  if (moved && tagged(`${moved[1]} ${moved[2]}`).at(-1)?.pos === 'VERB' && !/^(?:said|says|is|was|were|are)$/.test(moved[2]!))
    // "Shares of Orion Air fell": a common word the sentence's start capitalized reads in lower case.
    return `how much ${moved[1]!.replace(/^The\s/, 'the ').replace(/^\p{Lu}\p{Ll}+(?=\s+\p{Ll})/u, (w) => w.toLowerCase())} ${moved[2]}`;
  // "Turnout was 38 percent": what the figure is, as the subject of "was" ("was low, at 38 percent" too).
  const subject =
    /^(?:(?:The|Its|Their)\s+)?(\p{L}+(?:\s+\p{Ll}+)?)\s+(?:was|is|were|are|stood at|reached|rose to|fell to)\s+(?:\p{Ll}+,?\s+at\s+)?(?:about\s+|nearly\s+|almost\s+|more than\s+|roughly\s+)?$/u.exec(
      ws.slice(0, at).join(' ') + ' ',
    );
  return subject ? `the ${subject[1]!.toLowerCase()}` : '';
}

/** "a funding round of $25 million" → "the amount of the funding round"; "The mayor earns $120,000" → "the amount the mayor earns". */
export function amountOf(sentence: string, figure: string): string {
  const text = plainText(sentence);
  const at = text.indexOf(figure.split(/\s+/)[0]!);
  if (at < 0) return '';
  // "€6,000" read as "6,000": the sign belongs to the figure, not to the words before it; and so
  // does a rounding ("in the region of", qualifiers.ts), which says how near it is, not of what.
  const before = text
    .slice(0, at)
    .replace(/[$€£]$/, '')
    .replace(ROUNDED_FIGURE, '');
  // "estimated the cost associated with … at $6 million": the sum the estimate puts the cost at (put-at.ts).
  const estimated = estimatedSum(before);
  if (estimated) return estimated;
  const of =
    /\b(?:the|a|an|its|their|his|her)\s+((?:[\p{L}-]+\s+){0,2}?[\p{Ll}-]+)\s+of\s+(?:about\s+|nearly\s+|almost\s+|more than\s+|roughly\s+|up to\s+)?$/u.exec(
      before,
    );
  if (of) return `the amount of the ${of[1]}`;
  const told = ownedAmount(before);
  if (told) return told;
  // "spent $290 million in television and radio reservations": the amount spent on them (spent-on.ts).
  const spent = amountSpentOn(before, text.slice(at + figure.split(/\s+/)[0]!.length));
  if (spent) return spent;
  const counted = sumIn(text, at + figure.split(/\s+/)[0]!.length);
  if (counted) return counted;
  const earns =
    /(?:^|,\s+|\bthat\s+)((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Ee]ach|[Ee]very)\s+(?:[\p{L}-]+\s+){0,3}?(?:\p{Lu}[\p{L}-]+\s+)??(?!(?:will|would|plans|is)\b)[\p{L}-]+|(?:(?!(?:the|a|an|its|their|his|her|each|every)\s)\p{Ll}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:(?:now|still|currently|also)\s+)?((?:will\s+|would\s+|plans\s+to\s+|is\s+expected\s+to\s+|has\s+|have\s+|had\s+)?(?:takes?\s+home|took\s+home|brings?\s+home|brought\s+home|earns?|makes?|receives?|charges?|pays?|owes?|spends?|costs?|raises?|earned|made|received|charged|paid|owed|spent|raised))\s+(?:(?:the\s+|its\s+|their\s+)?(?:county|city|state|town|district|school|company|government|taxpayers|residents|customers|buyers|families|users|households|it|them|him|her|us)\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|more than\s+|roughly\s+)?$/u.exec(
      before,
    );
  if (earns) {
    // "The mayor said the county received": the one who received is after the verb of saying.
    const who = earns[1]!
      .replace(upToSaying('said', 'says', 'told'), '')
      // "single mother Adriane Burnett takes home": the person by name, her description set aside.
      .replace(/^(?:\p{Ll}[\p{L}-]*\s+){1,3}(?=\p{Lu})/u, '')
      .replace(/^(?:The|A|An|Each|Every)\s/, (w) => w.toLowerCase())
      .replace(/^(?:a|an)\s/, 'the ');
    // "$2,800 a month": the sum's period goes with it ("the amount Ada Roe takes home a month").
    const period = /^\s*(?:a|an|per|each|every)\s+(month|year|week|day|hour|shift|season)\b/.exec(
      text.slice(at + figure.split(/\s+/)[0]!.length),
    );
    const per = period ? ` a ${period[1]}` : '';
    return /costs?$/.test(earns[2]!) ? `the cost of ${who}` : `the amount ${who} ${earns[2]}${per}`;
  }
  return standingMeasure(text, figure) || amountFor(text, at + figure.split(/\s+/)[0]!.length);
}

/**
 * "The county's debt is $4.3 billion" → "the county's debt"; "Harwick has a population of 43,000"
 * → "Harwick's population": the quantity a figure is the value of, as the subject of "is",
 * "totals", "stands at" (a noun phrase by wink-nlp's tags, its head a noun), or as the noun a name
 * "has" of it. '' when neither shape fits.
 */
export function standingMeasure(sentence: string, figure: string): string {
  const text = plainText(sentence);
  const at = text.indexOf(figure.split(/\s+/)[0]!);
  if (at < 0) return '';
  // Who said it is not what the figure measures: "Officials said the county's debt is …".
  const before = text
    .slice(0, at)
    .replace(/[$€£]$/, '')
    .replace(upToSaying('said', 'says', 'told', 'reported', 'announced'), '');
  const has =
    /(?:^|\s)(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})\s+(?:has|had|have)\s+an?\s+((?:\p{Ll}+\s+)?\p{Ll}+)\s+of\s+(?:about\s+|nearly\s+|almost\s+|more than\s+|roughly\s+)?$/u.exec(
      before,
    );
  if (has && tagged(has[2]!).at(-1)?.pos === 'NOUN' && !/^(?:The|A|An|It|This)$/.test(has[1]!))
    return `${/s$/.test(has[1]!) ? `${has[1]}'` : `${has[1]}'s`} ${has[2]}`;
  const plain =
    /^((?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{Ll}-]+)\s+(?:(?:now|currently|still)\s+)?(?:is|was|are|were|totals|totaled|totalled|stands at|stood at|comes to|came to)\s+(?:now\s+)?(?:about\s+|nearly\s+|almost\s+|more than\s+|roughly\s+)?$/u.exec(
      before,
    );
  const copula = plain ?? complementedSubject(before);
  if (!copula) return '';
  const tags = tagged(copula[1]!.split(/\s+(?:of|for|in|at|on)\s+/)[0]!);
  // A noun phrase only: no verb inside it, its last word a noun ("the county's debt").
  if (tags.at(-1)?.pos !== 'NOUN' || tags.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return '';
  if (!['NOUN', 'PROPN'].includes(tagged(copula[1]!).at(-1)?.pos ?? '')) return '';
  // ("cost overruns for … are at": a subject without its article takes "the" in the note, and its
  // phrase after "of"/"for" drops a plain adjective, "for the remodeling", so no long run is copied.)
  const subject = plain ? copula[1]! : withoutPlainAdjectives(copula[1]!);
  return subject.replace(/^The\s/, 'the ').replace(/^(?!(?:the|its|their|his|her)\s)(?=\p{Ll})/u, 'the ');
}

/** "for the major remodeling of" → "for the remodeling of": a plain adjective after an article in the subject's phrase. */
function withoutPlainAdjectives(subject: string): string {
  const cut = /\s+(?:of|for|in|at|on)\s+/.exec(subject);
  if (!cut) return subject;
  const rest = tagged(subject.slice(cut.index + cut[0].length));
  const kept = rest.filter((t, k) => !(t.pos === 'ADJ' && /^\p{Ll}/u.test(t.text) && rest[k - 1]?.pos === 'DET'));
  return `${subject.slice(0, cut.index + cut[0].length)}${kept.map((t) => t.text).join(' ')}`;
}

/**
 * "(Hammond said) cost overruns for the remodeling of the Silverdale Detention Center are at 598,991":
 * a subject with its own "of"/"for" phrases, opening the reported clause with or without its article,
 * is what the figure stands at. Without it the note said "a figure" (review 19). The head before the
 * first preposition is checked by the caller as above; the whole runs at most 14 words.
 */
function complementedSubject(before: string): RegExpExecArray | null {
  const m =
    /^((?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+)?(?:[\p{L}'’-]+\s+){0,2}?\p{Ll}[\p{Ll}-]+\s+(?:of|for|in|at|on)\s+[^,;:]+?)\s+(?:(?:now|currently|still)\s+)?(?:is|was|are|were|is at|was at|are at|were at|totals|totaled|totalled|stands at|stood at|come to|comes to|came to)\s+(?:now\s+)?(?:about\s+|nearly\s+|almost\s+|more than\s+|roughly\s+)?$/u.exec(
      before,
    );
  // ("The rate of fatal accidents worldwide for this today": a phrase closing on a time or a pronoun is no subject.)
  if (m && /\b(?:today|now|tonight|yesterday|this|that|these|those)$/i.test(m[1]!)) return null;
  return m && m[1]!.split(/\s+/).length <= 14 && /^\p{Ll}|^(?:The|Its|Their|His|Her)\s/u.test(m[1]!) ? m : null;
}

/**
 * "$2.1 million for the new library" → "the amount for the new library": what a sum is for, the
 * noun phrase after "for" (a determiner, then adjectives and nouns by wink-nlp's tags up to the last
 * noun). '' when the words after the sum do not say.
 */
function amountFor(text: string, end: number): string {
  const m = /^(?:\s+(?:million|billion|trillion|thousand))?\s+for\s+(the|an?|its|their)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u.exec(
    text.slice(end),
  );
  if (!m) return '';
  const tags = tagged(m[2]!);
  let last = -1;
  for (let k = 0; k < tags.length && /^(?:ADJ|NOUN|PROPN)$/.test(tags[k]!.pos) && !TIME_WORD.test(tags[k]!.text); k++)
    if (tags[k]!.pos === 'NOUN' || tags[k]!.pos === 'PROPN') last = k;
  if (last < 0) return '';
  const thing = tags
    .slice(0, last + 1)
    .map((t) => t.text)
    .join(' ');
  return `the amount for ${m[1] === 'the' ? 'the' : m[1]!.replace(/^an?$/, 'the')} ${thing}`;
}

/**
 * "Northgate Foods reported quarterly revenue of $4.2 billion" → "Northgate Foods' quarterly
 * revenue": whose sum it is, when a subject and its verb (wink-nlp's tags) stand before the thing
 * the figure is "of". A subject that refers back ("the company's") is named by the caller.
 */
function ownedAmount(before: string): string {
  const m =
    /(?:^|,\s+|\bthat\s+|\bsaid\s+)((?:[Tt]he\s+(?:\p{Ll}+\s+)?\p{Ll}+)|\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*)*)\s+(\p{Ll}+)\s+((?:\p{Ll}+\s+){0,2}?\p{Ll}+)\s+of\s+(?:about\s+|nearly\s+|almost\s+|more than\s+|roughly\s+)?$/u.exec(
      before,
    );
  if (!m || /^(?:The|A|An|In|On|At|It|This|That)$/.test(m[1]!)) return '';
  const tags = tagged(`${m[1]} ${m[2]} ${m[3]}`);
  const thing = tagged(m[3]!);
  const verb = tags[tags.length - thing.length - 1];
  if (
    verb?.pos !== 'VERB' ||
    /ing$/.test(verb.text) ||
    thing.at(-1)?.pos !== 'NOUN' ||
    !thing.every((t) => t.pos === 'NOUN' || t.pos === 'ADJ')
  )
    return '';
  const who = m[1]!.replace(/^The\s/, 'the ');
  return `${/s$/.test(who) ? `${who}'` : `${who}'s`} ${m[3]}`;
}

/**
 * "the state needed $300 million in federal aid" → "the amount of federal aid the state needed": a sum "in"
 * what it counts, the noun phrase after "in" (adjectives and nouns, by wink-nlp's tags, up to the
 * last noun), with the subject and verb that govern the figure when they stand right before it.
 */
function sumIn(text: string, end: number): string {
  const after = /^(?:\s+(?:million|billion|trillion|thousand))?\s+in\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)/u.exec(text.slice(end))?.[1];
  if (!after) return '';
  const tags = tagged(after);
  let last = -1;
  // The phrase ends before a time ("… last year", "… next month") or a joining word.
  for (
    let k = 0;
    k < tags.length && /^(?:ADJ|NOUN)$/.test(tags[k]!.pos) && !STOP.test(tags[k]!.text) && !TIME_WORD.test(tags[k]!.text);
    k++
  )
    if (tags[k]!.pos === 'NOUN') last = k;
  if (last < 0) return '';
  const thing = tags
    .slice(0, last + 1)
    .map((t) => t.text)
    .join(' ');
  // "the state needed", "Harlan County received": who did what with the sum.
  const before = text.slice(0, end).replace(/\s*[$€£]?[\d.,]+$/, '');
  const clause =
    /(?:^|,\s+|\bthat\s+|\bsaid\s+)((?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+|\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)*)\s+(\p{Ll}+)$/u.exec(
      before,
    );
  const verb = clause ? tagged(`${clause[1]} ${clause[2]}`).at(-1) : undefined;
  const who = clause && verb?.pos === 'VERB' && !/ing$/.test(clause[2]!) ? ` ${clause[1]!.replace(/^The\s/, 'the ')} ${clause[2]}` : '';
  // ("the amount of tax cuts": the sum is one amount, whatever the number of the thing it is in.)
  return `the amount of ${thing}${who}`;
}

/** Nouns for a person that no suffix gives away: "the man", "a teen". */
const PERSON =
  /^(?:man|woman|boy|girl|child|teen|teenager|toddler|infant|baby|motorist|pedestrian|victim|suspect|resident|patient|mother|father|son|daughter|wife|husband|veteran|student|pilot|driver|rider|hiker|swimmer)$/;

/** One person named by a common noun ("the driver", "a cyclist", "the woman"): singular, and a person's noun. */
export function personNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (lemmaOf(w) !== w) return false;
  return PERSON.test(w) || isPostNoun(w) || /(?:[^e]er|or|ist|ian|eer|(?:wo)?man|person)$/.test(w);
}

/**
 * "Ferreira, 43, has coached …" → "Ferreira's age"; "Ann Cole, 43," or "Ann Cole (43)" → "Ann Cole's age" (the
 * name whole, its title left off); "the driver, 34," → "the age of the driver" (a person named by a
 * common noun, its last word a noun by wink-nlp's tags).
 */
export function ageOf(sentence: string, figure: string): string {
  if (!/^\d{1,3}$/.test(figure) || Number(figure) > 120) return '';
  const text = plainText(sentence);
  // "Tom Ruiz, 31," or, closing the sentence, "Tom Ruiz, 31."; or in brackets, "Tom Ruiz (31)".
  const at = `(?:,\\s+${figure}(?:,|\\.$)|\\s+\\(${figure}\\))`;
  const m = new RegExp(`((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]+)${at}`, 'u').exec(text);
  if (m) {
    const words = personName(m[1]!).split(/\s+/).filter(Boolean);
    const name = words.length ? words.join(' ') : m[1]!.split(/\s+/).at(-1)!;
    return `${name}'s age`;
  }
  const common = new RegExp(`(?:^|\\s)(?:[Tt]he|[Aa]n?)\\s+((?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}\\p{Ll}[\\p{Ll}-]*)${at}`, 'u').exec(text);
  const head = common?.[1]!.split(' ').at(-1) ?? '';
  // (A person's noun of the closed list counts whatever the tagger makes of it: "the suspect".)
  if (common && personNoun(head) && (PERSON.test(head) || tagged(common[1]!).at(-1)?.pos === 'NOUN')) return `the age of the ${common[1]}`;
  return '';
}

/**
 * The unit after a figure as the sentence prints it, and what it measures (measures.ts): "90 mph"
 * is a speed, "30 square miles" an area, "95 degrees Fahrenheit" a temperature, as is "95
 * degrees" alone. Null for a count or a sum.
 */
function unitAfter(ws: string[], at: number): { unit: string; quantity: string } | null {
  const first = bare(ws[at] ?? '');
  const second = bare(ws[at + 1] ?? '');
  // ("30 square miles": the unit ends at the first word that closes a phrase.)
  const joined = ends(ws[at] ?? '') ? '' : second;
  if (/^(?:square|sq\.?)$/i.test(first) && unitOfWord(joined)?.quantity === 'distance')
    return { unit: `${first} ${joined}`, quantity: 'area' };
  if (/^degrees?$/i.test(first))
    return { unit: unitOfWord(joined)?.quantity === 'temperature' ? `${first} ${joined}` : first, quantity: 'temperature' };
  if (SCALES[first] && /^\d/.test(ws[at - 1] ?? '') && !LABEL.test(bare(ws[at - 2] ?? '')))
    return { unit: SCALES[first]!, quantity: 'temperature' };
  const quantity = unitOfWord(first)?.quantity;
  return quantity ? { unit: first, quantity } : null;
}

/** The index after a scale word that follows the figure ("3.4 billion gallons" → at "gallons"), else `at`. */
function afterScale(ws: string[], at: number): number {
  return !ends(ws[at - 1] ?? '') && SCALE_WORD.test(bare(ws[at] ?? '')) ? at + 1 : at;
}

/** "was sentenced to 12 years" → "the length of the sentence"; "traveling at 90 mph" → "the speed". */
export function quantityOf(sentence: string, figure: string): string {
  const text = plainText(sentence);
  // "a 300-pound manhole cover", "a 40-foot boat": the measure of the thing the compound stands before.
  const compound = new RegExp(`(?<![\\d.,])${figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\p{L}+)\\s+(\\p{Ll}[\\p{Ll} -]*)`, 'u').exec(
    text,
  );
  const measure = compound ? unitOfWord(compound[1]!)?.quantity : undefined;
  if (compound && measure) {
    const tags = tagged(compound[2]!);
    // "manhole cover": the tagger may read a compound's head noun as a verb after a noun.
    const head = (k: number) => tags[k]!.pos === 'VERB' && k > 0 && tags[k - 1]!.pos === 'NOUN' && !/(?:ed|ing)$/.test(tags[k]!.lower);
    let end = 0;
    while (end < tags.length && (['NOUN', 'ADJ', 'PROPN'].includes(tags[end]!.pos) || head(end))) end++;
    while (end > 0 && tags[end - 1]!.pos !== 'NOUN' && !head(end - 1)) end--;
    const thing = tags
      .slice(0, end)
      .map((t) => t.text)
      .join(' ');
    if (thing) return `the ${measure === 'distance' ? 'size' : measure} of the ${thing}`;
  }
  const ws = words(text);
  const at = indexOf(ws, figure);
  if (at < 0) return '';
  const unit = bare(ws[at + figure.split(/\s+/).length] ?? '');
  if (/^(?:years?|months?|days?)$/i.test(unit) && /\bsentenced\s+to\s+$/i.test(ws.slice(0, at).join(' ') + ' '))
    return 'the length of the sentence';
  // ("3.4 billion gallons": the unit stands after the figure's scale word.)
  const end = afterScale(ws, at + figure.split(/\s+/).length);
  const measured = unitAfter(ws, end);
  let quantity = measured?.quantity;
  if (!measured || !quantity) return '';
  // "The river stood at 21 feet", "crested at": a height a thing stands at is its level, not a distance.
  if (
    quantity === 'distance' &&
    /\b(?:stood|stands|crest|crested|crests|peak|peaked|peaks|rose|fell|dropped)\s+(?:at|to)\s+(?:about\s+|nearly\s+|almost\s+)?$/i.test(
      ws.slice(0, at).join(' ') + ' ',
    )
  )
    quantity = 'level';
  // "40 feet long", "12 feet deep": the adjective after the unit says which dimension.
  const after = bare(ws[end + measured.unit.split(' ').length] ?? '').toLowerCase();
  const dimension = ({ long: 'length', tall: 'height', high: 'height', wide: 'width', deep: 'depth' } as Record<string, string>)[after];
  if (quantity === 'distance' && dimension) quantity = dimension;
  // "A crack … measures about six inches in length": the dimension of the thing measured (measured-size.ts).
  const size = quantity === 'distance' ? measuredSize(text, ws[at]!.replace(/[,;.]$/, ''), measured.unit) : '';
  if (size) return size;
  // "the fire, which has burned 1,200 acres": a measure a clause governs is told with it (measured-clause.ts).
  const governed = measuredByClause(text, ws[at]!.replace(/[,;.]$/, ''), quantity);
  if (governed) return governed;
  // ("Oak Harbor, a community about 30 miles southwest of Burlington": between which places, distance-between.ts.)
  const between = quantity === 'distance' ? distanceBetween(text, ws[at]!.replace(/[,;.]$/, ''), measured.unit) : '';
  if (between) return between;
  // "The car was traveling at 90 mph": whose speed, when the subject opens the sentence.
  // ("Based on preliminary information, the car was going 40 mph": the subject may open the clause after a
  // fronted phrase, before the figure.)
  const subject =
    /(?:^|,\s+)(?:The|A|An|Its|His|Her|Their|the|its|his|her|their)\s+(\p{Ll}+(?:\s+\p{Ll}+)?)\s+(?:was|is|were|are|had|has|stood|stands|crested|peaked|rose|fell|dropped)\b(?=[^,]*$)/u.exec(
      ws.slice(0, at).join(' '),
    );
  return subject && !/^(?:said|says)$/.test(subject[1]!) ? `the ${subject[1]}'s ${quantity}` : `the ${quantity}`;
}

/**
 * The unit a figure is measured in, as the sentence prints it ("21 feet" → "feet", "30 square
 * miles" → "square miles"), for the units measures.ts reads; '' for a count or a sum. A correction
 * keeps it: "It is 21 feet, not 12 feet".
 */
export function unitOf(sentence: string, figure: string): string {
  // "a 38-minute period": the span's unit, as its length is said ("38 minutes"; span-compounds.ts).
  const spanned = spanCompoundUnit(sentence, figure);
  if (spanned) return spanned;
  // "a 300-pound grate": the compound's unit, as a value is said ("300 pounds").
  const compound = new RegExp(`(?<![\\d.,])${figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\p{L}+)\\s`, 'u').exec(
    plainText(sentence),
  )?.[1];
  // ("a 55-percent stake": the share is said "55 percent".)
  if (compound && /^percent$/i.test(compound)) return 'percent';
  if (compound && unitOfWord(compound))
    return figure === '1' ? compound : compound === 'foot' ? 'feet' : /(?:ch|sh|s|x)$/.test(compound) ? `${compound}es` : `${compound}s`;
  const ws = words(plainText(sentence));
  const at = indexOf(ws, figure);
  if (at < 0) return '';
  const unit = unitAfter(ws, afterScale(ws, at + figure.split(/\s+/).length))?.unit;
  if (unit) return unit;
  // "sentenced to 21 years": a sentence's length keeps its unit too ("It is 21 years").
  const span = bare(ws[at + figure.split(/\s+/).length] ?? '');
  return /^(?:years?|months?|days?)$/i.test(span) && quantityOf(sentence, figure) === 'the length of the sentence' ? span : '';
}

/** What `figure` measures in `sentence`, in the shapes above, or ''. */
export function whatTheFigureMeasures(sentence: string, figure: string): string {
  const age = ageOf(sentence, figure);
  if (age) return age;
  // "a fine of up to Rs 10 crore", "capped at $811 a week": the limit the figure sets (bounded-figures.ts).
  const bounded = boundedFigure(sentence, figure);
  if (bounded) return bounded;
  // "a 38-minute period", "a 14-year police veteran": the thing's length (span-compounds.ts).
  const span = spanOfCompound(sentence, figure);
  if (span) return span;
  // "is valued at $8.8 billion", "$326,000 bond", "28-year insurgency" (figure-nouns.ts).
  const named = figureOfNoun(sentence, figure);
  if (named) return named;
  // "has killed 3,383 in Guinea": a bare figure a verb of harm takes counts people (counted-deeds.ts).
  const harmed = peopleHarmed(sentence, figure);
  if (harmed) return harmed;
  const quantity = quantityOf(sentence, figure);
  if (quantity) return quantity;
  // "a 25,000-capacity arena": the arena's capacity (measure-compounds.ts).
  const compound = compoundMeasure(sentence, figure);
  if (compound) return compound;
  // "a 42% increase in the use of road salt": the size of that change (change-sizes.ts).
  const change = sizeOfChange(sentence, figure);
  if (change) return change;
  // ("Half of the residents lost power": a fraction in words is a share, fraction-shares.ts.)
  const share = shareOf(sentence, figure) || movedLevel(sentence, figure) || fractionShare(sentence, figure);
  if (share) return share;
  // "a 3% surcharge", "down 25 percent from the peak": the thing's size, or how far it fell (percent-phrases.ts).
  const percent = percentOfPhrase(sentence, figure);
  if (percent) return percent;
  // A sum of money: the currency sign on the figure, or before it in the sentence ("€6,000").
  if (/^\$|^[€£]/.test(figure) || new RegExp(`[$€£]${figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(sentence))
    return amountOf(sentence, figure);
  // "Article 4 has been invoked seven times": the deed repeated, not the bare unit.
  const deed = repeatedDeed(sentence, figure);
  if (deed) return deed;
  // "93 crew members, who have been abandoned": the people a "who" clause tells of (counted-who.ts).
  const who = countedWho(sentence, figure);
  if (who) return `the number of ${who}`;
  const counted = countedWith(sentence, figure);
  // ("followed Harry Brook's incendiary 186": a bare figure a name owns is its score, owned-scores.ts.)
  return counted
    ? `the number of ${counted}`
    : standingMeasure(sentence, figure) || heldMeasure(sentence, figure) || ownedScore(sentence, figure);
}
