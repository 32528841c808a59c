/**
 * Two posts told with what they share said once: a named body ("…, not its head coach"), a field
 * ("an assistant professor of business administration, not an associate professor"), or the post
 * itself ("the acting president of the Senate, not of the Chamber of Deputies").
 */

/** The words before a post's body link, and the body after it: "the acting president" | "of the Senate". */
export function split(post: string): [string, string] {
  const m = / (of|for|at|with) /.exec(post);
  return m ? [post.slice(0, m.index), post.slice(m.index + 1)] : [post, ''];
}
/** Titles before a name: a named body both share told once, when the wrong post is the body's one. */
export function bodyToldOnce(right: string, wrong: string): { right: string; wrong: string } {
  const [[, rightBody], [wrongPost, wrongBody]] = [split(right), split(wrong)];
  const named = rightBody === wrongBody && /\p{Lu}/u.test(rightBody) && /^the /.test(wrongPost);
  return named ? shared(right, wrong) : { right, wrong };
}

/**
 * Both posts set after a name, what they share told once: a named body ("an energy and climate
 * scholar at the Carnegie-Tsinghua Center …, not its director"), a field ("an assistant professor of
 * business administration, not an associate professor"), the post ("the acting president of the
 * Senate, not of the Chamber of Deputies").
 */
export function shared(right: string, wrong: string): { right: string; wrong: string } {
  const [[rightPost, rightBody], [wrongPost, wrongBody]] = [split(right), split(wrong)];
  const bodyOf = (body: string) => body.replace(/^\S+ /, '');
  // (A post one of many hold there, "a hydrologist with the National Weather Service", is told "a
  // hydrologist"; "its" only for the body's one, "the head coach of …": "its head coach".)
  if (rightBody && wrongBody && bodyOf(rightBody) === bodyOf(wrongBody) && rightPost !== wrongPost)
    return {
      right,
      wrong: /\p{Lu}/u.test(bodyOf(wrongBody)) && /^the /.test(wrongPost) ? `its ${wrongPost.replace(/^the /, '')}` : wrongPost,
    };
  if (rightBody && wrongBody && rightPost === wrongPost) return { right, wrong: wrongBody };
  return { right, wrong };
}
