/** What the held-post reader finds: the holder, both posts told whole, and what the checks of a phrase need. */

export interface HeldPost {
  /** The holder's name as the sentence prints it: "Hans Dieter Pötsch". */
  name: string;
  /** The holder on second reference, as the article names them: "Pötsch". */
  again: string;
  /** The post each version prints, told whole with its article: "the chairman", "the chief financial officer". */
  right: string;
  wrong: string;
  /** The post is one held before ("former Maricopa County Sheriff"): told with "was". */
  former: boolean;
  /** The words the edit changed, for the change record. */
  before: string;
  after: string;
}

export interface HeldPostFound extends HeldPost {
  titled: boolean;
  /** "former" printed with the post (not "late", which may be a time's): a phrase in the present disagrees. */
  formerPrinted: boolean;
  /** The post's own words printed in lower case ("board member"): a phrase that leaves one out disagrees. */
  ownWords: string;
}
