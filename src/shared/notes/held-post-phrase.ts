import { isTitleWord } from './names';
import { split } from './post-body-shared';
import type { HeldPost } from './held-post-found';

/**
 * "misstated Hans Dieter Pötsch's title. Pötsch is the chairman, not the chief financial officer"; a
 * role that is no title ("goalkeeper", "IT consultant") is the person misidentified, as the role
 * readers tell it: "misidentified Tomas Reyl as a goalkeeper. Reyl is a defender".
 */
export function heldPostPhrase(found: HeldPost): string {
  const own = /s$/.test(found.name) ? `${found.name}'` : `${found.name}'s`;
  // (A second reference opening on a particle, "de Brum", opens no sentence: the name whole.)
  const again = /^\p{Ll}/u.test(found.again) ? found.name : found.again;
  const verb = found.former ? 'was' : 'is';
  const [rightLead, wrongLead] = [split(found.right)[0], split(found.wrong)[0]];
  const titled = (lead: string) => isTitleWord(lead.split(' ').at(-1)!) || /\b(?:its|of) /.test(lead);
  if (!titled(rightLead) && !titled(wrongLead) && !/^(?:its|of) /.test(found.wrong))
    return `misidentified ${found.name} as ${found.wrong}. ${again} ${verb} ${found.right}`;
  return `misstated ${own} title. ${again} ${verb} ${found.right}, not ${found.wrong}`;
}
