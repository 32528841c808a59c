/** URL slug from a headline: lowercase ASCII words joined by hyphens, at most 80 characters. */
export function slugify(headline: string): string {
  const ascii = headline
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= 80) return ascii;
  const cut = ascii.slice(0, 80);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > 40 ? cut.slice(0, lastHyphen) : cut;
}
