/**
 * Beside the news, a side topic that only names things is no part of the note. Judges of real update
 * notes refused every note that told a development and then "details on" something (32 of 32 on the
 * tuned blind sets: "… the news that the budget includes $15 million in utility projects and details
 * on the city", "… and details on the replay and the umpire", "… and details on neighboring
 * counties"): the topic is a noun the added copy mentions, not what it tells, so beside a clause that
 * tells the news it reads as filler, or garbles the list it ends. A topic told with its complement
 * ("details on the alert for a pre-evacuation of Cove Lane") says what about it, and stays; so does
 * any topic where no part tells news, since it is then all the note can say.
 */
import { fill, type NoteTemplates } from './style';
import { tagged } from './topics';

/** A side topic told with its complement ("the closure of the Trans-Canada Highway"), not a bare name or noun list. */
export function described(topics: string): boolean {
  return topics
    .split(/,\s+|\s+and\s+(?=the\s|\p{Lu}|[a-z]+\s+(?:of|on|for|from)\s)/u)
    .every((topic) => tagged(topic).some((tk) => tk.pos === 'ADP'));
}

/** The parts without a "details on …" that only names things, where another part is "the news that …". */
export function withoutDetailsBesideNews(parts: string[], t: NoteTemplates): string[] {
  const news = fill(t.resolved, { what: '' });
  const details = fill(t.details, { topics: '' });
  if (!news || !details || !parts.some((p) => p.startsWith(news))) return parts;
  return parts.filter((p) => !p.startsWith(`${details} `) || described(p.slice(details.length + 1)));
}
