/** Which of Electron's spellchecker dictionaries fit an article's language ("en" → "en-US"). */
export function spellcheckLanguages(language: string, available: string[]): string[] {
  const exact = available.find((l) => l.toLowerCase() === language.toLowerCase());
  if (exact) return [exact];
  const base = language.split('-')[0]!.toLowerCase();
  const sameBase = available.filter((l) => l.toLowerCase().split('-')[0] === base);
  const preferred = sameBase.find((l) => l.toLowerCase() === `${base}-us`) ?? sameBase[0];
  return preferred ? [preferred] : [];
}
