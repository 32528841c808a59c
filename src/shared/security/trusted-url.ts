/**
 * The one link policy: which addresses may be links in an article, in every export and in the
 * desktop's "open in the browser". Paste, every importer, the link dialog, the exporters and the
 * shell all ask here, so a link refused in one place is refused in all of them.
 *
 * - Only http, https and mailto: anything else (javascript:, data:, file:, vbscript:, app
 *   protocols) either runs code or reaches into the reader's machine.
 * - A web link needs a site name; relative paths mean nothing outside the page they came from.
 * - No credentials (`https://user:pw@host/`): a password in a published link is a leak, and the
 *   `user@` part is the classic disguise (`https://bank.example@evil.example/` goes to evil.example).
 * - Browsers drop tabs and line breaks anywhere in an address ("java\tscript:"), so we drop them
 *   before judging; a space inside becomes %20 as a browser would send it; other control
 *   characters are refused.
 * The link kept is the parsed, canonical form (`http://example.org` → `http://example.org/`).
 */

const ALLOWED = ['http:', 'https:', 'mailto:'];
const MAX_LENGTH = 4096;

export type LinkVerdict = { ok: true; url: string } | { ok: false; reason: string };

/** The verdict on one address, with the reason in plain words for the link dialog. */
export function checkLink(raw: string | null | undefined): LinkVerdict {
  const text = (raw ?? '').replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (!text) return { ok: false, reason: 'Type or paste a link address.' };
  if (text.length > MAX_LENGTH)
    return { ok: false, reason: `That address is ${text.length} characters long; a link can be at most ${MAX_LENGTH}.` };
  if (/[\u0000-\u001f\u007f]/.test(text))
    return { ok: false, reason: 'That address holds control characters; paste it again from the page it came from.' };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
  if (!scheme || !ALLOWED.includes(`${scheme}:`)) {
    const named = scheme ? ` (not “${scheme}:”)` : '';
    return { ok: false, reason: `Links must start with https://, http:// or mailto:${named}.` };
  }
  let url: URL;
  try {
    url = new URL(text.replace(/ /g, '%20'));
  } catch {
    return { ok: false, reason: `“${text}” is not a complete address.` };
  }
  if (url.protocol !== 'mailto:') {
    if (!url.hostname) return { ok: false, reason: `“${text}” names no site after ${url.protocol}//.` };
    // "https://https://site/" parses as a site called "https": a pasted address after a typed prefix.
    if (/^(https?|mailto)$/.test(url.hostname)) return { ok: false, reason: `“${text}” has its “${url.hostname}://” twice.` };
    if (url.username || url.password) {
      return {
        ok: false,
        reason:
          'Links must not carry a user name or password (“user:password@”): readers would see it, and it can disguise where the link goes.',
      };
    }
  } else if (!url.pathname) {
    return { ok: false, reason: 'A mailto: link needs an address after it.' };
  }
  return { ok: true, url: url.href };
}

/** The link as it may be stored and written, or null when it may not be a link. */
export function vetLink(raw: string | null | undefined): string | null {
  const verdict = checkLink(raw);
  return verdict.ok ? verdict.url : null;
}

export function isSafeLinkUrl(raw: string | null | undefined): boolean {
  return checkLink(raw).ok;
}

/**
 * What a person typed or pasted into the link field, as the address they meant: a bare
 * "www.example.org/x" is a web address, "desk@example.org" a mail address. Then the policy above.
 */
export function checkTypedLink(raw: string): LinkVerdict {
  const text = raw.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return checkLink(text);
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(text)) return checkLink(`mailto:${text}`);
  if (/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(:\d+)?([/?#]\S*)?$/u.test(text)) return checkLink(`https://${text}`);
  return checkLink(text);
}
