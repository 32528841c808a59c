/**
 * A player's position put right is told as a position, not a title ("misstated Ada Roe's position.
 * Roe is a striker, not a midfielder"): a linebacker or a striker holds no office, and AP corrects
 * where a player plays as the player's position. The title readers print "title" for every post set
 * beside a name; the word is changed only when both posts the phrase tells end on a playing position,
 * so a coach, a captain or a manager keeps its title.
 */

/** Positions of one word, as sports desks print them after a name or before it. */
const ONE_WORD = new Set(
  // Football (soccer), hockey and rugby.
  (
    'goalkeeper keeper goalie goaltender netminder defender defenseman defenceman midfielder striker forward winger ' +
    'fullback full-back centre-back center-back wingback wing-back sweeper playmaker flanker fly-half scrum-half hooker ' +
    // American football.
    'quarterback linebacker cornerback lineman kicker punter halfback tailback ' +
    // Baseball, basketball and cricket.
    'pitcher catcher shortstop outfielder infielder batsman batter bowler wicketkeeper wicket-keeper all-rounder'
  ).split(' '),
);

/** Positions of two words, whose last word alone names none ("end", "back", "guard"). */
const TWO_WORDS = new Set([
  'defensive end',
  'defensive back',
  'defensive tackle',
  'offensive tackle',
  'offensive guard',
  'offensive lineman',
  'defensive lineman',
  'tight end',
  'wide receiver',
  'running back',
  'first baseman',
  'second baseman',
  'third baseman',
  'relief pitcher',
  'starting pitcher',
  'designated hitter',
  'point guard',
  'shooting guard',
  'small forward',
  'power forward',
  'centre forward',
  'center forward',
  'left back',
  'right back',
  'centre back',
  'center back',
]);

/** Does the post end on a playing position ("a Pittsburgh rookie linebacker", "the first baseman")? */
export function isPlayingPosition(post: string): boolean {
  const words = post
    .toLowerCase()
    .replace(/[.,]+$/, '')
    .split(/\s+/);
  return ONE_WORD.has(words.at(-1) ?? '') || TWO_WORDS.has(words.slice(-2).join(' '));
}

/**
 * "misstated Ada Roe's title. Roe is a striker, not a midfielder" → "misstated Ada Roe's position. …":
 * the title phrase kept word for word but its noun, when both posts it tells are playing positions.
 */
export function positionNotTitle(phrase: string): string {
  const told = /^(misstated .+?(?:['’]s|['’])) title\. .+? (?:is|was) (.+?), not (.+?)\.?$/u.exec(phrase);
  if (!told || !isPlayingPosition(told[2]!) || !isPlayingPosition(told[3]!)) return phrase;
  return `${told[1]} position.${phrase.slice(told[1]!.length + ' title.'.length)}`;
}
