/**
 * What an embed may point at, and the name of the site it shows on its card. The address is
 * judged by the one link policy (src/shared/security/trusted-url.ts) and nothing else; on top
 * of a link the policy allows, an embed must be a web page over https, because the card stands
 * for a video or a post on a site, not for a mail address or an unencrypted page.
 */
import { checkTypedLink } from '../../../shared/security/trusted-url';

export type EmbedVerdict = { ok: true; url: string; provider: string } | { ok: false; reason: string };

/** Sites a newsroom embeds most, by host name (and every sub-domain of it). */
const PROVIDERS: readonly (readonly [string, string])[] = [
  ['youtube.com', 'YouTube'],
  ['youtu.be', 'YouTube'],
  ['youtube-nocookie.com', 'YouTube'],
  ['vimeo.com', 'Vimeo'],
  ['x.com', 'X'],
  ['twitter.com', 'X'],
  ['t.me', 'Telegram'],
  ['telegram.org', 'Telegram'],
  ['instagram.com', 'Instagram'],
  ['facebook.com', 'Facebook'],
  ['fb.watch', 'Facebook'],
  ['tiktok.com', 'TikTok'],
  ['bsky.app', 'Bluesky'],
  ['threads.net', 'Threads'],
  ['threads.com', 'Threads'],
  ['linkedin.com', 'LinkedIn'],
  ['reddit.com', 'Reddit'],
  ['soundcloud.com', 'SoundCloud'],
  ['spotify.com', 'Spotify'],
  ['flickr.com', 'Flickr'],
  ['datawrapper.de', 'Datawrapper'],
  ['dwcdn.net', 'Datawrapper'],
];

/** The readable name of the site an address is on: "YouTube", or the host without "www.". */
export function providerOf(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
  for (const [domain, name] of PROVIDERS) if (host === domain || host.endsWith(`.${domain}`)) return name;
  return host.replace(/^www\./, '');
}

/** The verdict on an address typed or pasted into the Embed field, with its reason in plain words. */
export function checkEmbedAddress(raw: string): EmbedVerdict {
  const verdict = checkTypedLink(raw);
  if (!verdict.ok) return verdict;
  const protocol = new URL(verdict.url).protocol;
  if (protocol === 'mailto:') return { ok: false, reason: 'An embed is the address of a video or post on a web page, not a mail address.' };
  if (protocol !== 'https:') return { ok: false, reason: 'Embeds must be secure https:// addresses; this one starts with http://.' };
  return { ok: true, url: verdict.url, provider: providerOf(verdict.url) };
}
