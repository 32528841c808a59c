/**
 * The note writer reads the same text many times over one note: each of its readers asks for the
 * article's plain form, its words, its names ("plainText" ran on the same 10,000-word article a
 * hundred times a note, and "fullName" read every line of it again for each surname). A reading of
 * an unchanging string is the same every time, so it is kept — but only for the few texts most
 * recently read, and only up to a total size, so a long-running desk (a writer open all day, note
 * after note) never holds more than a bounded amount: the oldest reading goes first.
 */

/** How much a remembered reading may hold: entries, and characters of the texts read. */
export interface MemoBounds {
  entries: number;
  chars: number;
}

/** `read`, remembered for the texts most recently read; `read` must be pure and its result never changed by a caller. */
export function memoByText<T>(read: (text: string) => T, bounds: MemoBounds): (text: string) => T {
  const memo = new Map<string, T>();
  let chars = 0;
  return (text: string): T => {
    const known = memo.get(text);
    if (known !== undefined) return known;
    const value = read(text);
    // (A text longer than the whole allowance is read every time: it would push out all the others.)
    if (text.length > bounds.chars) return value;
    while (memo.size && (memo.size >= bounds.entries || chars + text.length > bounds.chars)) {
      const oldest = memo.keys().next().value as string;
      memo.delete(oldest);
      chars -= oldest.length;
    }
    memo.set(text, value);
    chars += text.length;
    return value;
  };
}

/**
 * A reading of a text by a second key (a surname looked up in the article), remembered per text as
 * memoByText remembers it: the texts most recently read, each with at most `perText` keys.
 */
export function memoByTextAndKey<T>(
  read: (text: string, key: string) => T,
  bounds: MemoBounds & { perText: number },
): (text: string, key: string) => T {
  const table = memoByText(() => new Map<string, T>(), bounds);
  return (text: string, key: string): T => {
    const answers = table(text);
    const known = answers.get(key);
    if (known !== undefined) return known;
    const value = read(text, key);
    if (answers.size >= bounds.perText) answers.delete(answers.keys().next().value as string);
    answers.set(key, value);
    return value;
  };
}
