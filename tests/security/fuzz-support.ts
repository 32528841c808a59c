/**
 * Shared pieces of the fuzz tests: how many inputs to try, the hang guard, and text that steers
 * random input into the corners parsers trip over.
 */
import fc from 'fast-check';

/** Inputs tried per target (importers, diff, notes); COPYDESK_FUZZ_RUNS=20000 for a long night. */
export const FUZZ_RUNS = Math.max(10, Number(process.env.COPYDESK_FUZZ_RUNS) || 2000);

/** Share of the target's runs for one property. */
export const share = (fraction: number): number => Math.max(1, Math.round(FUZZ_RUNS * fraction));

/** No single input may take this long: past it, the work is a hang, not a slow article. */
export const HANG_MS = 2000;

/**
 * Runs one input and fails when it took longer than HANG_MS. This is the hang guard, not a
 * speed target (speed lives in the benchmark): a real article takes milliseconds.
 */
export async function withinHangLimit<T>(label: string, work: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const value = await work();
  const ms = performance.now() - start;
  if (ms > HANG_MS) throw new Error(`${label} took ${Math.round(ms)} ms on one input (limit ${HANG_MS} ms)`);
  return value;
}

const PIECES = [
  'Mayor',
  'signs',
  'budget',
  'the',
  'council',
  'said',
  'on',
  'Tuesday',
  '“',
  '”',
  '"',
  "'",
  '—',
  '.',
  ',',
  ' ',
  '\n',
  '\n\n',
  '\t',
  '\r\n',
  '$4.2 million',
  '40',
  '1,200',
  '2024',
  'Nov. 6',
  'Dr.',
  'U.S.',
  'Sen. Ana Ortiz',
  'J. R. R. Smith',
  'said Ortiz.',
  'according to police',
  '<script>__xss.push(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '&amp;',
  '&#0;',
  '&#x110000;',
  '\u0000',
  '\ufeff',
  '\ud800',
  '\udc00',
  '\u202e',
  '\u200b',
  'é',
  'e\u0301',
  '서울',
  '東京',
  '🙂',
  '👩‍👩‍👧',
  'ﷺ',
  '(',
  ')',
  '[',
  ']',
  '*',
  '_',
  '#',
  '>',
  '-',
  '1.',
  'a'.repeat(300),
  '.'.repeat(200),
  ' '.repeat(100),
  '((((((((((',
  'Update, Nov. 6:',
  'Correction:',
];

/** Text mixing newsroom words, markup, broken Unicode and random strings. */
export const hostileText = (maxParts = 30): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
        { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
      ),
      { maxLength: maxParts },
    )
    .map((p) => p.join(''));
