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
 * - Time: reading 10,000 words took the rules 15 ms and wink 116 ms (median of 7; 6 ms and 26 ms
 *   on a quieter run) — too much of the 200 ms budget to tag the whole article for every note.
 * - What added material is about ("details on …"): wink-nlp's POS tags on the added sentences
 *   only, chunked into noun phrases and ranked by what is new (topics.ts). On the dev update cases
 *   "details on <topics>" alone names 7 of 30 reference facts against the rules' subject phrase 5
 *   and compromise's noun phrases (ranked the same way) 3; tagging the added sentences took 23–44 ms
 *   over all those cases together on two runs of a shared machine (rules 6–9 ms, compromise
 *   289–643 ms). The note stays inside its budget: `notes.generate_ms_p95` 45–50 ms on 10,000
 *   words, 31 ms before (`npm run bench -- --only notes`); the model's load (~70 ms) is paid once
 *   per process, on the first note.
 *   A repeated note hid a cost: the bench's `notes.generate_fresh_ms_p95` gives every run a newer
 *   text the writer has not read, as each save does. It read 695–748 ms at 1851627b and 152–165 ms
 *   once the writer kept what it read of each text (text-memo.ts; two runs each, back to back).
 * - What a corrected figure measures (figures.ts): rules. The lite model tagged "asked for help"
 *   as VERB SCONJ VERB, and a figure's object is read from exactly such clauses.
 * So wink-nlp is used for noun phrases only; sentences, sources and the objects of corrections
 * stay rules. The comparison stays runnable for the next model. (compromise 14 was measured
 * earlier at ~800 ms for 7,300 words and glued titles into names.)
 *
 * Pipeline: the redline's ArticleDiff (src/shared/diff) → sentence pairings (changes.ts, align.ts)
 * → what each edit did (edits.ts; developments.ts for running stories; figures.ts for what a
 * corrected figure measures) → who it comes from (attribution.ts, names.ts) → what happened, as a
 * clause (news-clause.ts), what it is about (topics.ts) and short descriptions (describe.ts) → the note from the house style's templates
 * (style.ts), at most two sentences and 40 words → printed by formatNote (format.ts).
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
