/**
 * "blocked the part of the lease | that lets the authority raise fares": "the part of …" is only
 * told by the clause after it. Cut before that clause, the note says "part of the lease", which
 * stands on its own. Only "part" reads so without its article ("section of the lease" does not).
 */
const SHARE_OF_WHOLE = /\bthe\s+((?:part|parts)\s+of\s+)/i;

/** The clause with "the part of" read as "part of" when its defining clause (opened by `next`) was cut away. */
export function shareWithoutItsClause(clause: string, next: string | undefined): string {
  if (!next || !/^(?:that|which|who|where)$/i.test(next)) return clause;
  return clause.replace(SHARE_OF_WHOLE, (_all, share: string) => share);
}
