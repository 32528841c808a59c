import { SPOKEN, sentencesOf } from './outlet-owns-error';

/**
 * The newsroom telling, as the item's first sentence, that an error got into one of its pieces:
 * "A serious error was made in the February 28 article titled “…”", "Errors appeared in an
 * interview with …", "An error appeared in Tuesday's obituary of …", "There was an error in
 * Tuesday's story about …". The error is the subject and
 * the piece is of the newsroom's kinds (article, story, obituary, interview, caption …); copy about
 * someone else's error names a report, a budget or a filing ("Errors appeared in the city's audit
 * report"), or says who found it (", auditors said"), and is left alone.
 */
const ERROR_IN_PIECE =
  /^(?:(?:An?|One|Two|Several|Some)\s+(?:(?:serious|grave|factual|editing|production|regrettable|significant)\s+)?(?:errors?|mistakes?)|Errors|Mistakes)\s+(?:was|were|has been|have been)?\s*(?:made|appeared|occurred|crept)\s+in\s+(?:an?|the|our|yesterday['’]s|today['’]s|last \p{L}+['’]s|\p{Lu}\p{L}*day['’]s)\s+(?:(?:[\p{L}\d,.-]+)\s+){0,4}?(?:article|story|obituary|interview|caption|headline|column|review|editorial|feature|profile|photo caption|graphic|chart|listing|item)s?\b/u;

/** The same told as what there was: "There was an error in Tuesday's story about the harbor toll." */
const THERE_WAS_ERROR_IN_PIECE =
  /^There (?:was|were) (?:an?\s+|two\s+|several\s+|some\s+)?(?:(?:serious|factual|editing|production|reporting)\s+)?(?:errors?|mistakes?)\s+in\s+(?:an?|the|our|yesterday['’]s|today['’]s|last \p{L}+['’]s|\p{Lu}\p{L}*day['’]s)\s+(?:(?:[\p{L}\d,.-]+)\s+){0,4}?(?:article|story|obituary|interview|caption|headline|column|review|editorial|feature|profile|photo caption|graphic|chart|listing|item)s?\b/u;

export function tellsErrorInOwnPiece(item: string): boolean {
  const first = sentencesOf(item)[0]!;
  // (A closing quote there ends the piece's title — "… article titled “…”." — not a speaker's words.)
  return (ERROR_IN_PIECE.test(first) || THERE_WAS_ERROR_IN_PIECE.test(first)) && !SPOKEN.test(first.replace(/[.!?]?["”’]\s*$/, '.'));
}
