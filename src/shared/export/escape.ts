/**
 * Escaping for every markup format we write (HTML, XML). One function for text and attributes:
 * quotes are escaped too, so a value is safe wherever it lands. Characters XML 1.0 forbids
 * (control codes, lone surrogates) are dropped: a pasted NUL must not make a wire file invalid.
 */
const XML_INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripInvalidXmlChars(text: string): string {
  return text.replace(XML_INVALID, '');
}

export function escapeMarkup(text: string): string {
  return stripInvalidXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
