/**
 * "… with 250,000 sandbags in addition to 80,000 the military | had already delivered": a cut made
 * just before an auxiliary keeps a subject and drops the verb it is the subject of, and the note
 * read as garble ("in addition to 80,000 the military."). Read by the tags of the kept words and the
 * next one: when the next word is an auxiliary (had, was, will …) and the kept words end on a noun
 * phrase with no comma closing it, the cut goes elsewhere; so too before a verb whose subject is a
 * noun phrase set straight after another ("80,000 the military | delivered", a clause with its
 * "that" left out). A cut after a comma, or before a participle ("a man | wanted in two states"),
 * is no such cut.
 */
import { tagged } from './topics';

/** Does cutting before `rest` part the kept words' last noun phrase from its auxiliary verb? */
export function cutsSubjectFromVerb(kept: string[], rest: string[]): boolean {
  const next = rest[0];
  if (!next || /[,;:]$/.test(kept.at(-1)!)) return false;
  // "in addition to 80,000 | the military delivered": the words cut are that clause whole, and
  // the figure kept without them says less than the line (whose 80,000?).
  // (Its subject a noun phrase, a name's capitals whatever their tag — "the Red Cross" — then its verb group to the end.)
  const cut = tagged(rest.join(' ').replace(/[^\p{L}\p{N}'’]+$/u, ''));
  const verbAt = cut.findIndex((t, k) => k > 0 && (t.pos === 'AUX' || (t.pos === 'VERB' && !/^\p{Lu}/u.test(t.text))));
  if (
    cut[0]?.pos === 'DET' &&
    verbAt > 1 &&
    cut.slice(1, verbAt).every((t) => ['NOUN', 'PROPN', 'ADJ'].includes(t.pos) || /^\p{Lu}/u.test(t.text)) &&
    cut.slice(verbAt).every((t) => ['AUX', 'ADV', 'VERB', 'PART'].includes(t.pos)) &&
    ['NOUN', 'PROPN', 'NUM'].includes(tagged(kept.join(' ')).at(-1)?.pos ?? '')
  )
    return true;
  const tokens = tagged(`${kept.join(' ')} ${next.replace(/[^\p{L}\p{N}'’]+$/u, '')}`);
  const [before, after] = tokens.slice(-2);
  if (!['NOUN', 'PROPN', 'PRON', 'ADJ'].includes(before?.pos ?? '')) return false;
  if (after?.pos === 'AUX') return true;
  // "80,000 the military | delivered": a noun phrase set straight after another opens a clause whose
  // object is the first ("80,000 [that] the military delivered"), and its verb is that clause's.
  if (after?.pos !== 'VERB') return false;
  const phrase = tokens.slice(0, -1);
  let at = phrase.length - 1;
  while (at > 0 && ['NOUN', 'PROPN', 'ADJ'].includes(phrase[at]!.pos)) at--;
  return phrase[at]?.pos === 'DET' && ['NOUN', 'PROPN', 'NUM'].includes(phrase[at - 1]?.pos ?? '');
}
