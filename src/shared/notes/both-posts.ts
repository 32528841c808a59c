/**
 * A post put right told with both posts, in the AP form: "Tasker is the general manager, not the
 * head chef", "Ortega is the director of public works, not the deputy director of public works" —
 * never the bare "The correct title is general manager", which leaves the reader to guess what the
 * article said. The wrong post is the right one with the changed words as they were printed, so it
 * keeps every word the two share ("of public works"); a "former" or "ex-" printed with it is kept.
 */
import { escapeRegExp } from './names';
import { withArticle } from './same-person-title';
import { fill } from './style';

/** "a former minister" for "ex-minister" / "former minister"; else the post with its article. */
function told(post: string): string {
  const former = /^(?:ex-|former\s+)(.+)$/i.exec(post);
  return former ? `a former ${former[1]}` : withArticle(post);
}

/**
 * "misstated Owen Tasker's title. Tasker is the general manager, not the head chef", or '' when
 * the right post (`right`) does not hold the words put in (`after`), or the wrong post so made is
 * not what the old sentence (`older`) printed.
 */
export function bothPostsPhrase(person: string, right: string, before: string, after: string, older: string): string {
  const [now, was] = [after.toLowerCase().trim(), before.toLowerCase().trim()];
  if (!person || !now || !was || now === was) return '';
  const post = right.toLowerCase().trim();
  const at = new RegExp(`(?:^|\\s)${escapeRegExp(now)}(?=\\s|$)`).exec(post);
  if (!at) return '';
  const start = at.index + at[0].length - now.length;
  const wrong = `${post.slice(0, start)}${was}${post.slice(start + now.length)}`;
  if (/^(?:ex-|former\s)/.test(post)) return '';
  // The wrong post must be what the article printed: when other words of the post changed too
  // ("head of parliament" → "secretary of state"), the shared words are not shared.
  if (!new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(wrong)}(?![\\p{L}])`, 'iu').test(older)) return '';
  return fill("misstated {name}'s title. {surname} is {right}, not {wrong}", {
    name: person,
    surname: person.split(' ').at(-1)!,
    right: told(post),
    wrong: told(wrong),
  });
}
