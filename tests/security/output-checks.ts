/**
 * What "no executable construct" means for each export, checked by parsing the output the way a
 * reader's software would (jsdom for HTML and XML, marked for Markdown, JSZip for DOCX), never
 * by regex alone. Each check returns the problems it found as short sentences; [] is clean.
 */
import JSZip from 'jszip';
import { JSDOM } from 'jsdom';
import { marked } from 'marked';

/** Elements that run code, load a document or change where links go. */
const DANGEROUS_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'form',
  'portal',
  'handler',
  'listener',
  'foreignobject',
  'animate',
  'set',
  'animatetransform',
  'animatemotion',
  'use',
  'maction',
]);
/** Attributes that hold a URL a browser may follow or load. */
const URL_ATTRIBUTES = new Set([
  'href',
  'xlink:href',
  'src',
  'action',
  'formaction',
  'data',
  'poster',
  'background',
  'lowsrc',
  'dynsrc',
  'codebase',
  'cite',
  'longdesc',
  'usemap',
  'ping',
  'manifest',
  'values',
  'to',
  'from',
  'by',
]);
/** Raster images are the only data: URLs a page may keep. */
const SAFE_DATA_URL = /^data:image\/(png|jpe?g|gif|webp);/;

/** A URL as a browser reads its scheme: entities decoded by the parser already, then control characters and spaces dropped. */
export function schemeOf(url: string): string {
  return url.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();
}

export function dangerousUrl(url: string): boolean {
  const u = schemeOf(url);
  if (u.startsWith('javascript:') || u.startsWith('vbscript:') || u.startsWith('livescript:')) return true;
  if (u.startsWith('data:')) return !SAFE_DATA_URL.test(u);
  return false;
}

function dangerousCss(css: string): boolean {
  const c = css.replace(/\\|\/\*[\s\S]*?\*\//g, '').toLowerCase();
  return /expression\s*\(|javascript:|vbscript:|-moz-binding|behavior\s*:|@import/.test(c);
}

interface Walkable {
  querySelectorAll(selector: string): ArrayLike<Element>;
}

/** Every element below `root`, template contents included (querySelectorAll does not enter them). */
function allElements(root: Walkable): Element[] {
  const out: Element[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    out.push(el);
    const content = (el as HTMLTemplateElement).content;
    if (el.localName === 'template' && content) out.push(...allElements(content));
  }
  return out;
}

function elementProblems(elements: Element[]): string[] {
  const problems: string[] = [];
  for (const el of elements) {
    const tag = el.localName.toLowerCase();
    if (DANGEROUS_ELEMENTS.has(tag)) problems.push(`<${tag}> element`);
    if (tag === 'meta' && /refresh|set-cookie/i.test(el.getAttribute('http-equiv') ?? ''))
      problems.push(`<meta http-equiv="${el.getAttribute('http-equiv')}">`);
    if (tag === 'style' && dangerousCss(el.textContent ?? '')) problems.push('<style> with a script-bearing rule');
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${name}= on <${tag}>`);
      else if (name === 'srcdoc') problems.push(`srcdoc= on <${tag}>`);
      else if (name === 'style' && dangerousCss(attr.value)) problems.push(`style="${attr.value.slice(0, 60)}" on <${tag}>`);
      else if ((URL_ATTRIBUTES.has(name) || name.endsWith(':href')) && dangerousUrl(attr.value))
        problems.push(`${name}="${attr.value.slice(0, 60)}" on <${tag}>`);
    }
  }
  return problems;
}

let shared: JSDOM | null = null;
/** One jsdom window for every check: a new JSDOM costs hundreds of milliseconds, a DOMParser call very little. */
function parser(): DOMParser {
  shared ??= new JSDOM('');
  return new shared.window.DOMParser();
}

/** Entities in XML text or an attribute value (neither holds a raw "<"), decoded as an XML reader would. */
function xmlDecode(value: string): string {
  return parser().parseFromString(`<r>${value}</r>`, 'application/xml').documentElement.textContent ?? value;
}

const rawScript = (text: string) => (/<script/i.test(text) ? ['a literal "<script" in the markup'] : []);

/** Problems in an HTML document or fragment, and its visible text. */
export function inspectHtml(html: string): { problems: string[]; text: string } {
  const doc = parser().parseFromString(html, 'text/html');
  const problems = [...rawScript(html), ...elementProblems(allElements(doc))];
  return { problems, text: doc.body?.textContent ?? '' };
}

/** Problems in an XML document (NewsML-G2, NITF), and its text. */
export function inspectXml(xml: string): { problems: string[]; text: string } {
  const doc = parser().parseFromString(xml, 'application/xml');
  const parseError = doc.getElementsByTagName('parsererror').length > 0;
  const problems = [...rawScript(xml), ...elementProblems(allElements(doc)), ...(parseError ? ['the XML does not parse'] : [])];
  return { problems, text: doc.documentElement?.textContent ?? '' };
}

/** Markdown as a renderer that passes raw HTML through (the worst case) would show it. */
export function inspectMarkdown(md: string): { problems: string[]; text: string } {
  const html = marked.parse(md, { async: false }) as string;
  const { problems, text } = inspectHtml(html);
  return { problems, text };
}

/** Every value under a URL-bearing key of a JSON document (Copydesk JSON, ninjs). */
function jsonUrls(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => jsonUrls(v, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (typeof v === 'string' && /^(url|href|src|link)$/i.test(key)) out.push(v);
      else jsonUrls(v, out);
    }
  }
  return out;
}

/** Copydesk JSON: link URLs are safe; the text is every "text" value. */
export function inspectCopydeskJson(json: string): { problems: string[]; text: string } {
  const data = JSON.parse(json) as Record<string, unknown>;
  const problems = jsonUrls(data)
    .filter(dangerousUrl)
    .map((u) => `link url "${u.slice(0, 60)}"`);
  const texts: string[] = [String(data.headline ?? ''), String(data.deck ?? '')];
  const collect = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        if (k === 'text' && typeof x === 'string') texts.push(x);
        else collect(x);
      }
  };
  collect(data.body);
  return { problems, text: texts.join(' ') };
}

/** ninjs: URL keys are safe and every HTML body passes inspectHtml. */
export function inspectNinjs(json: string): { problems: string[]; text: string } {
  const data = JSON.parse(json) as { headlines?: { value: string }[]; bodies?: { contentType?: string; value: string }[] };
  const problems = jsonUrls(data)
    .filter(dangerousUrl)
    .map((u) => `url "${u.slice(0, 60)}"`);
  const texts = (data.headlines ?? []).map((h) => h.value);
  for (const body of data.bodies ?? []) {
    if (/html/i.test(body.contentType ?? '')) {
      const inner = inspectHtml(body.value);
      problems.push(...inner.problems.map((p) => `in an HTML body: ${p}`));
      texts.push(inner.text);
    } else texts.push(body.value);
  }
  return { problems, text: texts.join(' ') };
}

/** DOCX: external relationships (hyperlinks) are web or mail links, no field code links elsewhere. */
export async function inspectDocx(bytes: Buffer): Promise<{ problems: string[]; text: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const problems: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.rels'))) {
    const rels = await zip.file(name)!.async('string');
    for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      const target = /Target="([^"]*)"/.exec(m[0])?.[1] ?? '';
      const external = /TargetMode="External"/.test(m[0]);
      const url = xmlDecode(target);
      if (external && !/^(https?:|mailto:)/i.test(schemeOf(url)))
        problems.push(`external relationship to "${url.slice(0, 60)}" in ${name}`);
      if (dangerousUrl(url)) problems.push(`relationship to "${url.slice(0, 60)}" in ${name}`);
    }
  }
  const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
  for (const m of document.matchAll(/<w:instrText[^>]*>([^<]*)</g)) {
    if (/HYPERLINK\s+"?\s*(?!https?:|mailto:)/i.test(m[1]!)) problems.push(`field code "${m[1]!.slice(0, 60)}"`);
  }
  if (
    /w:altChunk|<w:object|<o:OLEObject|vbaProject/i.test(document) ||
    Object.keys(zip.files).some((n) => /vbaProject|activeX|embeddings/i.test(n))
  )
    problems.push('embedded object or macro part');
  const text = Array.from(document.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g), (m) => m[1]).join('');
  return { problems, text: xmlDecode(text) };
}

/** PDF: no JavaScript, no launch actions, link annotations only to web or mail. */
export function inspectPdf(bytes: Buffer): { problems: string[] } {
  const pdf = bytes.toString('latin1');
  const problems: string[] = [];
  if (!pdf.startsWith('%PDF-')) problems.push('not a PDF');
  if (/\/JavaScript\b|\/JS\s*[(<]|\/Launch\b|\/SubmitForm\b|\/ImportData\b|\/EmbeddedFile\b/.test(pdf))
    problems.push('a script, launch or embedded-file action');
  for (const m of pdf.matchAll(/\/URI\s*\(((?:\\.|[^\\)])*)\)/g)) {
    const uri = m[1]!.replace(/\\(.)/g, '$1');
    if (!/^(https?:|mailto:)/i.test(schemeOf(uri))) problems.push(`link annotation to "${uri.slice(0, 60)}"`);
  }
  return { problems };
}

/** Words as a reader sees them: runs of white space as one space. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ');
}
