/**
 * "Seaview CEO Orrin Page said …", "Dana Post said …": a surname can be a paper's word (page, post,
 * letter, count). Capitalized after a first name, with no article before the run, it ends a person's
 * name, and the person is the source; "the notice", "a Facebook page", "The Harbor Report" stay papers.
 */
import { looksLikeOrganization, nameRuns, personName } from './names';

/** Whether `phrase` ends on a name run, with no article before the phrase, that reads as a person's name. */
export function personEndingOnPaperWord(phrase: string): boolean {
  const text = phrase.trim();
  if (/^(?:the|a|an|its|their|his|her|our|this|that)\s/i.test(text)) return false;
  const runs = nameRuns(text);
  const run = runs[runs.length - 1];
  if (!run || run.end !== text.length) return false;
  const last = run.words[run.words.length - 1] ?? '';
  if (!/^\p{Lu}\p{Ll}+$/u.test(last) || looksLikeOrganization(run.text)) return false;
  // A first name and the surname at least: "Orrin Page", never a lone "Page".
  return personName(run.text).split(/\s+/).length >= 2;
}
