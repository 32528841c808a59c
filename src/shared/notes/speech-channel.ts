/**
 * Where a source gave its words, set between the speech verb and what it said: "said in a statement
 * that …", "said on its Facebook page the road had reopened", "said on Twitter that …", "wrote in a
 * post on X that …", "announced on social media that …". The channel belongs to the attribution: the
 * note tells what was said, and a post that only carried the words is no photo or video to describe.
 * A leaf module: it imports only the day phrases and the verbs of saying, so any rule file may take
 * it at load time.
 */
import { DAY_OF_POST } from './day-phrases';
import { speechVerbs } from './speech-verbs';

/** Platforms a newsroom names as the place words were posted. */
const PLATFORM = String.raw`(?:Facebook|Twitter|X|Instagram|Telegram|TikTok|YouTube|Threads|Bluesky|LinkedIn|Truth Social|Weibo|social media)`;
/** Whose page or account: "its", "their", "the department's", "the agency's official". */
const WHOSE = String.raw`(?:(?:its|their|his|her|the|an?)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:official\s+)?)?`;

/**
 * A regex source for the channel, led by its own whitespace; optional where it is used:
 * "in a (brief) statement", "in an email", "in a Facebook post", "in a post on X",
 * "on Twitter", "on its website", "on their Facebook page", "via social media".
 */
export const SPEECH_CHANNEL = String.raw`\s+(?:in\s+an?\s+(?:[\p{L}-]+\s+)?(?:statement|email|e-mail|interview|post|tweet|letter|release|news release|press release|news conference|court filing|video|message|update)(?:\s+on\s+${PLATFORM})?|(?:on|via)\s+${WHOSE}(?:${PLATFORM}(?:\s+(?:account|page|feed))?|website|web\s?site|X account|social media (?:account|page|feed)s?))`;

/**
 * The verbs that give words through a channel. "Advised" is no verb of saying alone ("advised
 * drivers to …" names no words given), only with the channel after it ("advised on its website that …").
 */
const SAID_THROUGH = `${speechVerbs('said', 'says', 'wrote', 'writes', 'posted', 'announced', 'confirmed', 'stated', 'reported', 'shared', 'tweeted')}|advised`;

/**
 * The channel as a whole frame, from the speech verb to where the news opens: "said in a Facebook
 * post Monday that the road …", "said on their Facebook page the road …". A relative clause of the
 * post itself ("a post that included a video") is no news: "that" must open a clause, not a verb.
 */
export const SAID_THROUGH_CHANNEL = new RegExp(
  String.raw`\b(?:${SAID_THROUGH})${SPEECH_CHANNEL}(?:\s+${DAY_OF_POST})?\s+(?:that\s+)?(?:the|a|an|all|its|their|his|her|no|police|officials|\p{Lu}|\d)`,
  'u',
);
