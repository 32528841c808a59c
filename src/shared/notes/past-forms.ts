/**
 * Past forms of common verbs that do not end in "-ed" ("took", "fell", "struck"): one list for every
 * reader that asks whether a clause is told in the past or whether a word after its subject is a
 * verb. Forms the same in the present ("cut", "put", "read") are here too: they read as either.
 */
export const IRREGULAR_PAST_WORDS: ReadonlySet<string> = new Set(
  (
    'beat became began bit blew bought broke brought built came caught chose cut did died drew drove dug fed fell felt fled ' +
    'flew fought found froze gave got grew heard held hid hit hung hurt kept knew laid led left let lost made meant met ' +
    'overcame paid put ran read rode rose said sank sat saw sent set shook shot shut slew sold sought spent spoke stole ' +
    'stood struck stuck swore swung taught thought threw told took tore went withdrew won wore wrote'
  ).split(' '),
);

/** The list as a pattern of whole words, for readers that search a clause. */
export const IRREGULAR_PAST = new RegExp(`\\b(?:${[...IRREGULAR_PAST_WORDS].join('|')})\\b`);

/** "took", "Fell": a past form not made with "-ed". */
export const isIrregularPast = (word: string): boolean => IRREGULAR_PAST_WORDS.has(word.toLowerCase());
