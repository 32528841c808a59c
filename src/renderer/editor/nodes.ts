/** The nodes a Copydesk body may hold: what reporters need, nothing a page could run. */
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { HorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode';
import { PhotoNode } from './media/PhotoNode';
import { EmbedNode } from './media/EmbedNode';

export const BODY_NODES = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  HorizontalRuleNode,
  PhotoNode,
  EmbedNode,
];

export const BODY_THEME = {
  paragraph: 'ed-p',
  quote: 'ed-quote',
  heading: { h2: 'ed-h2', h3: 'ed-h3', h4: 'ed-h4' },
  list: { ul: 'ed-ul', ol: 'ed-ol', listitem: 'ed-li', nested: { listitem: 'ed-li-nested' } },
  link: 'ed-link',
  text: {
    bold: 'ed-bold',
    italic: 'ed-italic',
    underline: 'ed-underline',
    strikethrough: 'ed-strike',
    underlineStrikethrough: 'ed-underline-strike',
  },
  photo: 'ed-photo',
  embed: 'ed-embed',
};
