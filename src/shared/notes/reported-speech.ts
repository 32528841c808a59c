/**
 * What stands after a verb of speech. "…, said Mayor Ann Lee." names the speaker after the verb;
 * "Omar Pell, the league chief, said Westfield could join …" does not: there a name and then a
 * verb open the clause of what was said, whose subject is what it is about, never who said it.
 */

/** The verbs that follow the subject of a reported clause: "could join", "would host", "had agreed". */
const CLAUSE_VERB =
  /^(?:could|would|will|can|may|might|must|should|shall|had|has|have|is|was|were|are|did|does|do|needed|needs|wanted|wants|planned|plans|intended|intends)$/i;

/**
 * Whether the words after a verb of speech open a clause of what was said: a name, or "the" and a
 * name, then one of the verbs of a clause ("said Westfield could join", "said the Rovers would
 * play"), not the speaker's name that ends the sentence ("said Ann Lee.") or runs into an
 * aside ("said Ann Lee, who …").
 */
export function opensReportedClause(after: string): boolean {
  const m = /^\s*(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(\p{L}+)\b/u.exec(after);
  return !!m && CLAUSE_VERB.test(m[1]!);
}

/** Words that open a sentence before its subject: "In 2019,", "On Tuesday,", "Last year,". */
const OPENER = String.raw`(?:(?:In|On|At|By|Last|Earlier|Later|After|Before|Since|That|This)\b[^,"]{0,40},\s+)?`;

/**
 * "Dana Korr withdrew her claim, saying she 'may have made an error'": a participle of speech
 * after the main clause credits its words to that clause's subject — a name (one to four capitalized
 * words) or "he", "she" or "they" — who did the act and said so in the same breath. Only where the
 * participle stands before any quotation, outside it; '' when the sentence has no such shape.
 */
export function participleSpeaker(sentence: string): { raw: string; form: 'pronoun' | 'phrase' } | null {
  const m = new RegExp(
    String.raw`^${OPENER}((?:he|she|they|He|She|They)|(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+\b[^"]*?,\s+(?:saying|adding|writing|arguing|insisting|noting|warning)\b`,
    'u',
  ).exec(sentence);
  if (!m) return null;
  const raw = m[1]!;
  return /^(?:he|she|they)$/i.test(raw) ? { raw: raw.toLowerCase(), form: 'pronoun' } : { raw, form: 'phrase' };
}

/**
 * A short quotation set in reported speech: 'saying she "may have made an error"', 'said he
 * "never saw the letter"'. The note gives it as the copy does, pronoun and all ('Korr said she
 * "may have made a mistake," not "an error."'), when the changed words stand inside it and it is
 * short enough to repeat; null otherwise.
 */
export function reportedQuotation(line: string, changed: string): { pronoun: string; quotation: string } | null {
  const m = /\b(?:saying|said|says)\s+(she|he|they)\s+"([^"]+)"/.exec(line);
  if (!m || m[2]!.split(/\s+/).length > 10) return null;
  const quotation = m[2]!.replace(/[,.]$/, '');
  return new RegExp(`(?<![\\p{L}])${changed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(quotation)
    ? { pronoun: m[1]!, quotation }
    : null;
}
