/**
 * "re-opened", "re-routed", "re-elected": many newsrooms (Australian, Irish and British above all)
 * hyphen the prefix that others close up. The verb is the same, and the rules that know "reopened"
 * must know "re-opened". Only "re-" before a lower-case letter: "Re-Entry Program" is a name.
 */
export function closedPrefix(text: string): string {
  return text.replace(/\b([Rr])e-(?=\p{Ll})/gu, '$1e');
}
