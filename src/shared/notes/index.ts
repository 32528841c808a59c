/**
 * The reader-facing update/correction note: what changed since the published version, said the
 * way newsrooms say it ("Update, Nov. 6: Additional comments from …", "Correction, …: An earlier
 * version of this article misstated …"), printed in the house style by one formatter.
 *
 * Language machinery, chosen per task by measurement (`node --import tsx scripts/eval-nlp.ts`, dev
 * cases of tests/notes-eval; wink-nlp 2 with wink-eng-lite-web-model against the rules here):
 * - Sentence boundaries: rules. On a labelled set of newsroom sentences (abbreviations, initials,
 *   clocks, quotes that run over a full stop) the rules made 0 errors in 23 sentences, wink 9
 *   (it split '"I think so. I hope so," Mercer said.' inside the quotation and ran "3:40 p.m.
 *   Crews arrived" into one sentence, among others).
 * - Who added material comes from: rules. Same recall as wink's proper-noun runs on the reference
 *   notes' sources (85.7%) at 75.8% precision against wink's 21.3%: attribution is formulaic
 *   ("X said", "according to X", "an official from X who …") and the lite model's entities carry no
 *   people or organisations, so POS runs name everyone in the sentence, not the speaker.
 * - Time: reading 10,000 words took the rules 15 ms and wink 116 ms (median of 7) — over half the
 *   200 ms budget for the whole note before any note is written.
 * - Noun phrases for "details on …": rules (describe.ts) checked by the grammar check
 *   (grammar.ts); wink's lite model has no noun chunker to compare.
 * - On the changed sentences alone wink is cheap (six sentences: 1.1 ms, median of 7), but loading
 *   its model costs 148 ms once per process; its lite model tagged "asked for help" as VERB SCONJ
 *   VERB, so the rules that read a figure's object (figures.ts) were kept.
 * So wink-nlp is not used at run time; the comparison stays runnable for the next model.
 * (compromise 14 was measured earlier at ~800 ms for 7,300 words and glued titles into names.)
 *
 * Pipeline: the redline's ArticleDiff (src/shared/diff) → sentence pairings (changes.ts, align.ts)
 * → what each edit did (edits.ts; developments.ts for running stories; figures.ts for what a
 * corrected figure measures) → who it comes from
 * (attribution.ts, names.ts) → short descriptions (describe.ts) → the note from the house style's
 * templates (style.ts), at most two sentences and 40 words → printed by formatNote (format.ts).
 */
export { proposeNote, grounded, type ProposeOptions } from './propose';
export { formatNote, isSelfLabelled, type FormattedNote } from './format';
export { checkNoteGrammar, type GrammarProblem } from './grammar';
export {
  formatNoteLabel,
  DEFAULT_HOUSE_STYLE,
  resolveStyle,
  joinList,
  type HouseStyle,
  type HouseStyleOverrides,
  type NoteTemplates,
  type NoteDateStyle,
  type NoteForm,
} from './style';
export type { NoteChange, ProposedNote, ChangeType } from './types';
export { articleFromText, rougeL, inventedNames } from './eval';
