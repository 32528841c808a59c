/**
 * Keeps the body clean whatever arrives (paste, drop, Lexical clipboard JSON crafted by hand):
 * links only to vetted http(s)/mailto URLs (others lose the link, keep the text), no inline
 * styles, and only the marks a news article uses. Pasted HTML is sanitized with DOMPurify
 * before Lexical reads it.
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isLinkNode, AutoLinkNode, LinkNode } from '@lexical/link';
import { $generateNodesFromDOM } from '@lexical/html';
import { $insertGeneratedNodes } from '@lexical/clipboard';
import { mergeRegister } from '@lexical/utils';
import { $createHeadingNode, HeadingNode } from '@lexical/rich-text';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_HIGH, PASTE_COMMAND, TextNode, type ElementNode } from 'lexical';
import DOMPurify, { type Config } from 'dompurify';
import { isSafeLinkUrl } from '../../../shared/security/trusted-url';
import { FORMAT } from '../../../shared/article/blocks';

const ALLOWED_FORMATS = FORMAT.bold | FORMAT.italic | FORMAT.underline | FORMAT.strikethrough;

const PASTE_PURIFY: Config = {
  ALLOWED_TAGS: [
    'p',
    'br',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'ul',
    'ol',
    'li',
    'hr',
    'a',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'strike',
    'del',
    'span',
    'div',
    // Kept only so flattenTables can see the cells; no table reaches the body.
    'table',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'td',
    'th',
    'caption',
  ],
  ALLOWED_ATTR: ['href', 'style'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
};

export function sanitizePastedHtml(html: string): Document {
  const clean = String(DOMPurify.sanitize(html, PASTE_PURIFY));
  const doc = new DOMParser().parseFromString(clean, 'text/html');
  flattenTables(doc);
  return doc;
}

/**
 * The body has no tables, and dropping the table tags runs the cells together ("cell Acell B").
 * So each row becomes a paragraph with one cell per line (a caption its own paragraph): the
 * figures stay readable and apart, and a desk can rebuild a table in the page layout.
 */
export function flattenTables(doc: Document): void {
  // Innermost first, so a table inside a cell is already text when its cell is read.
  for (const table of [...doc.querySelectorAll('table')].reverse()) {
    const out = doc.createDocumentFragment();
    const caption = table.querySelector(':scope > caption')?.textContent?.trim();
    if (caption) out.append(Object.assign(doc.createElement('p'), { textContent: caption }));
    for (const row of table.querySelectorAll(':scope > tr, :scope > thead > tr, :scope > tbody > tr, :scope > tfoot > tr')) {
      const cells = [...row.children]
        .filter((c) => c.localName === 'td' || c.localName === 'th')
        .map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim());
      if (!cells.some(Boolean)) continue;
      const p = doc.createElement('p');
      cells.forEach((text, i) => {
        if (i > 0) p.append(doc.createElement('br'));
        p.append(doc.createTextNode(text));
      });
      out.append(p);
    }
    table.replaceWith(out);
  }
}

function unwrap(link: ElementNode): void {
  for (const child of link.getChildren()) link.insertBefore(child);
  link.remove();
}

export function SafeContentPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerNodeTransform(LinkNode, (link) => {
          if ($isLinkNode(link) && !isSafeLinkUrl(link.getURL())) unwrap(link);
        }),
        editor.registerNodeTransform(AutoLinkNode, (link) => {
          if (!isSafeLinkUrl(link.getURL())) unwrap(link);
        }),
        // The body has subheads of two sizes: pasted h1 becomes h2, h4-h6 become h3.
        editor.registerNodeTransform(HeadingNode, (heading) => {
          const tag = heading.getTag();
          if (tag === 'h1') heading.replace($createHeadingNode('h2'), true);
          else if (tag === 'h4' || tag === 'h5' || tag === 'h6') heading.replace($createHeadingNode('h3'), true);
        }),
        editor.registerNodeTransform(TextNode, (text) => {
          if (text.getStyle()) text.setStyle('');
          const format = text.getFormat();
          if ((format & ~ALLOWED_FORMATS) !== 0) text.setFormat(format & ALLOWED_FORMATS);
        }),
        editor.registerCommand(
          PASTE_COMMAND,
          (event) => {
            const data = event instanceof ClipboardEvent ? event.clipboardData : null;
            const html = data?.getData('text/html');
            // Lexical's own clipboard JSON and plain text go through Lexical's paste (and the
            // transforms above); HTML from Word, Docs and web pages is sanitized first.
            if (!html || data?.types.includes('application/x-lexical-editor')) return false;
            event.preventDefault();
            editor.update(() => {
              const selection = $getSelection();
              if (!$isRangeSelection(selection)) return;
              const nodes = $generateNodesFromDOM(editor, sanitizePastedHtml(html));
              $insertGeneratedNodes(editor, nodes, selection);
            });
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor],
  );
  return null;
}
