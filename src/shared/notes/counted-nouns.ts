/**
 * What a counted noun's relative clause says, read to where the sentence's own verb begins:
 * "half of the 46 guides who lead the tours were …" → "who lead the tours"; "the 30 people who
 * took part in the race had …" → "who took part in the race". The main verb shows itself by an
 * auxiliary ("were", "had") after the clause's own verb; without one the caller keeps its reading.
 */

import { tagged } from './topics';
import { isIrregularPast } from './past-forms';

const AUXILIARY = 'were|was|had|have|has|are|is|will|would|could|can|did';

/** "who staff the depot were sent home" → "who staff the depot"; '' when no auxiliary closes the clause. */
export function relativeClause(afterNoun: string): string {
  const m = new RegExp(`^(who|that|which)\\s+((?:[\\p{Ll}-]+\\s+){1,6}?)(?:${AUXILIARY})\\s`, 'u').exec(afterNoun);
  if (!m) return '';
  const words = m[2]!.trim().split(/\s+/);
  // ("who had lost their homes asked …": an auxiliary opening the clause is its own; no reading here.)
  if (new RegExp(`^(?:${AUXILIARY}|not)$`).test(words[0]!)) return '';
  return `${m[1]} ${words.join(' ')}`;
}

/**
 * "The board had received 60 comment letters": a figure right after a verb or a preposition is
 * what was done to, never the doer, so the words after it are its noun ("comment letters"), not a
 * verb it did ("Five remain in serious condition"). By wink-nlp's tags of the words before it.
 */
export function figureIsObject(sentence: string, number: string): boolean {
  const at = sentence.search(new RegExp(`(?<![\\p{L}\\d])${number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`, 'u'));
  if (at <= 0) return false;
  const before = sentence.slice(0, at).trimEnd();
  // (A comma or a clause's start before the figure: it may open its own clause.)
  if (!before || /[,;:—–-]$/.test(before)) return false;
  // (The last few words are enough to tag the one before the figure.)
  const last = tagged(before.split(/\s+/).slice(-4).join(' ')).at(-1);
  return !!last && (last.pos === 'VERB' || last.pos === 'ADP') && !/^(?:said|says|say|than)$/i.test(last.text);
}

/**
 * "Out of 140 sailings this week, 96 were canceled": a figure with no noun of its own counts the
 * group the sentence opened on ("Of the 30 drivers, …"). The group's noun phrase, to its first
 * plural noun ("Hispanic students", "sailings"), or ''.
 */
export function groupOpening(sentence: string, number: string): string {
  const m = /^(?:Out of|Of)\s+(?:the\s+)?[\d,.]+\s+([^,]+),\s+(.*)$/u.exec(sentence);
  if (!m || !m[2]!.startsWith(`${number} `)) return '';
  const words = m[1]!.split(/\s+/).slice(0, 3);
  const head = words.findIndex((w) => /^\p{Ll}{3,}s$/u.test(w) && !/ss$/.test(w));
  return head < 0 ? '' : words.slice(0, head + 1).join(' ');
}

/** Particles that finish a verb ("got away", "walked out"), not a phrase of their own. */
const PARTICLE = /^(?:out|up|off|down|away|back|over)$/;

/** Nouns of people that take "who" ("workers who would walk out"), by suffix or the plurals without an s. */
export const PEOPLE =
  /^(?:people|children|men|women|staff|police|personnel|crew|faculty|nurses|medics|pupils|athletes|guests|troops|victims|adults|teens|families|suspects|inmates|fans|hostages|kids|girls|boys|individuals)$|(?:ers|ors|ists|ians|ents|(?<!tr)ees|ants|men)$/;

/**
 * "1,000 workers would walk out if …" → "workers who would walk out": a counted noun whose verb comes
 * with a modal ("would", "will", "could", "may", "might", "can") does what the modal says, a particle
 * after the verb kept ("walk out", "sign up"). By wink-nlp's tags; '' when no modal and verb follow.
 */
export function modalDeed(noun: string, after: string[]): string {
  const [modal, verb, particle] = after;
  if (!modal || !verb || !/^(?:would|will|could|may|might|can)$/i.test(modal)) return '';
  const tags = tagged(`${noun} ${modal} ${verb}${particle ? ` ${particle}` : ''}`);
  if (tags[2]?.pos !== 'VERB' || /ing$/.test(verb)) return '';
  const out = particle && PARTICLE.test(particle.toLowerCase()) ? ` ${particle.toLowerCase()}` : '';
  return `${noun} ${PEOPLE.test(noun) ? 'who' : 'that'} ${modal.toLowerCase()} ${verb.toLowerCase()}${out}`;
}

/** Verbs that say nothing without what follows them ("got", "made", "put"). */
const LIGHT_VERB =
  /^(?:got|get|gets|made|make|makes|put|puts|took|take|takes|had|gave|give|gives|went|go|goes|came|come|comes|did|do|does|kept|keep|keeps|let|lets|set|sets)$/;

/**
 * "More than 9,000 runners took part in Sunday's race" → "runners who took part": a count that is
 * its sentence's subject does its verb, whatever the verb (the short list of `EVENT_VERB` in
 * figures.ts named only a few), told with the words of its object up to the first preposition or
 * comma. A past in "-ed" counts only with an object after it ("runners finished the race"): bare,
 * it may be a participle ("fires reported Saturday were …"). By wink-nlp's tags; '' otherwise.
 */
export function subjectDeed(noun: string, after: string[]): string {
  const tags = tagged(`${noun} ${after.slice(0, 6).join(' ')}`).slice(1);
  const verb = tags[0];
  if (!verb || /ing$/.test(verb.lower) || /^(?:is|are|was|were|has|have|had|said|say|says)$/.test(verb.lower)) return '';
  const irregular = isIrregularPast(verb.lower);
  const ed = /\p{Ll}ed$/u.test(verb.lower);
  if (!irregular && !(verb.pos === 'VERB' && !/s$/.test(verb.lower))) return '';
  const object: string[] = [];
  // ("got away", "walked out": a particle right after the verb is the verb's own, kept whatever its tag.)
  const particle = PARTICLE.test(tags[1]?.lower ?? '') && (!tags[2] || tags[2].pos !== 'NOUN') ? tags[1]!.lower : '';
  // ("walked off the job", "died in the crash": a preposition right after the verb opens its phrase.)
  for (const [n, t] of particle ? [] : tags.slice(1).entries()) {
    if (t.pos === 'PUNCT' || (t.pos === 'ADP' && n > 0) || t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.pos === 'AUX' || object.length >= 4)
      break;
    object.push(t.text);
  }
  if (ed && tags[1]?.pos !== 'DET') return '';
  // (An object cut mid-phrase ends on its noun.)
  while (object.length && tagged(object.join(' ')).at(-1)?.pos !== 'NOUN') object.pop();
  if (object.length === 1 && tags[1]?.pos === 'ADP') object.pop();
  if (particle) object.push(particle);
  // ("suspects that got": a light verb with nothing after it says nothing; the plain count is told instead.)
  if (!object.length && LIGHT_VERB.test(verb.lower)) return '';
  return `${noun} ${PEOPLE.test(noun) ? 'who' : 'that'} ${[verb.lower, ...object].join(' ')}`;
}
