/**
 * Figures said with an article: "a dozen", "a third", "a quarter", "a hundred", "an eighth". The
 * article is part of the value — "not dozen" and "It is third" are not English — so a correction
 * prints the figure as the copy said it ("three, not a dozen"; "a third, not half"). A leaf module.
 */

/** Number words that take "a" when they stand for one of themselves. */
const TAKES_ARTICLE =
  /^(?:dozen|score|half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth|hundred|thousand|million|billion|trillion|handful|couple)$/i;

/** "a dozen" when `sentence` says the figure with an article before it; '' otherwise. */
export function figureWithArticle(sentence: string, figure: string): string {
  if (!TAKES_ARTICLE.test(figure)) return '';
  const m = new RegExp(`(?:^|[^\\p{L}])(an?)\\s+${figure}(?![\\p{L}-])`, 'iu').exec(sentence);
  return m ? `${m[1]!.toLowerCase()} ${figure.toLowerCase()}` : '';
}
