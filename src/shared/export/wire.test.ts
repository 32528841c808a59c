/**
 * Structural checks of NewsML-G2, NITF and ninjs, standing in for the IPTC schemas (which live in
 * ../shared and are run by scripts/validate-sample-exports.sh when present). Parsed with jsdom's
 * DOMParser in the test only; the exporters themselves stay pure.
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { fixtureArticle, fixtureWithNotes } from './fixtures/article';
import { exportNewsml } from './newsml';
import { exportNinjs } from './ninjs';
import { exportNitf } from './nitf';
import type { ExportableArticle } from './types';

const G2 = 'http://iptc.org/std/nar/2006-10-01/';
const NITF = 'http://iptc.org/std/NITF/2006-10-18/';
const { DOMParser } = new JSDOM('').window;
const options = { provider: 'Copydesk' };

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

function one(doc: Document | Element, ns: string, name: string): Element {
  const found = doc.getElementsByTagNameNS(ns, name)[0];
  if (!found) throw new Error(`missing <${name}>`);
  return found;
}

function childNames(element: Element): string[] {
  return Array.from(element.children).map((c) => c.localName);
}

describe('NewsML-G2 export', () => {
  const xml = exportNewsml(fixtureArticle, options);
  const doc = parse(xml);
  const item = doc.documentElement;

  it('is a newsItem with guid, version and standard attributes', () => {
    expect(item.namespaceURI).toBe(G2);
    expect(item.localName).toBe('newsItem');
    expect(item.getAttribute('guid')).toBe('urn:copydesk:article:k7tram2025');
    expect(item.getAttribute('version')).toBe('4');
    expect(item.getAttribute('standard')).toBe('NewsML-G2');
    expect(item.getAttribute('standardversion')).toBe('2.35');
    expect(item.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang')).toBe('en');
    expect(childNames(item)).toEqual(['catalogRef', 'itemMeta', 'contentMeta', 'contentSet']);
  });

  it('carries itemMeta in schema order with the correction signal and edNote', () => {
    const meta = one(doc, G2, 'itemMeta');
    expect(childNames(meta)).toEqual(['itemClass', 'provider', 'versionCreated', 'firstCreated', 'pubStatus', 'edNote', 'signal']);
    expect(one(meta, G2, 'itemClass').getAttribute('qcode')).toBe('ninat:text');
    expect(one(meta, G2, 'provider').getAttribute('literal')).toBe('Copydesk');
    expect(one(meta, G2, 'versionCreated').textContent).toBe('2025-03-05T14:02:00+01:00');
    expect(one(meta, G2, 'firstCreated').textContent).toBe('2025-03-04T09:15:00+01:00');
    expect(one(meta, G2, 'pubStatus').getAttribute('qcode')).toBe('stat:usable');
    expect(one(meta, G2, 'signal').getAttribute('qcode')).toBe('sig:correction');
    expect(one(meta, G2, 'edNote').textContent).toMatch(/^Correction, March 5: An earlier version/);
  });

  it('signals an update when the latest note is an update', () => {
    const update = fixtureWithNotes([fixtureArticle.notes[0]!]);
    const meta = one(parse(exportNewsml(update, options)), G2, 'itemMeta');
    expect(one(meta, G2, 'signal').getAttribute('qcode')).toBe('sig:update');
    expect(one(meta, G2, 'edNote').textContent).toMatch(/^Update, March 5: Adds comment/);
    // And a correction filed before a later update still signals the update.
    const both = fixtureWithNotes([{ ...fixtureArticle.notes[1]!, date: '2025-03-05T09:00:00+01:00' }, fixtureArticle.notes[0]!]);
    expect(exportNewsml(both, options)).toContain('<signal qcode="sig:update"/>');
    const none = exportNewsml(fixtureWithNotes([]), options);
    expect(none).not.toContain('<signal');
    expect(none).not.toContain('<edNote');
  });

  it('says withheld for an unpublished article', () => {
    const draft: ExportableArticle = { ...fixtureArticle, status: 'editing' };
    expect(exportNewsml(draft, options)).toContain('<pubStatus qcode="stat:withheld"/>');
  });

  it('fills contentMeta and carries the NITF body inline', () => {
    const meta = one(doc, G2, 'contentMeta');
    expect(one(meta, G2, 'headline').textContent).toBe(fixtureArticle.headline);
    expect(one(meta, G2, 'slugline').textContent).toBe(fixtureArticle.slug);
    expect(one(meta, G2, 'dateline').textContent).toBe('ŁÓDŹ, Poland');
    expect(one(meta, G2, 'language').getAttribute('tag')).toBe('en');
    expect(Array.from(meta.getElementsByTagNameNS(G2, 'creator')).map((c) => c.textContent?.trim())).toEqual([
      'ANNA WÓJCIK',
      'DAVID OKAFOR',
    ]);
    const inline = one(doc, G2, 'inlineXML');
    expect(inline.getAttribute('contenttype')).toBe('application/nitf+xml');
    const nitf = one(inline, NITF, 'nitf');
    expect(one(nitf, NITF, 'hl1').textContent).toBe(fixtureArticle.headline);
    expect(nitf.getElementsByTagNameNS(NITF, 'p').length).toBeGreaterThan(5);
  });

  it('is byte-for-byte stable across exports of the same version', () => {
    expect(exportNewsml(fixtureArticle, { ...options, now: '2030-01-01T00:00:00Z' })).toBe(xml);
  });
});

describe('NITF export', () => {
  const doc = parse(exportNitf(fixtureArticle, options));
  const root = doc.documentElement;

  it('has head and body in NITF 3.6 form', () => {
    expect(root.namespaceURI).toBe(NITF);
    expect(root.getAttribute('version')).toBe('-//IPTC//DTD NITF 3.6//EN');
    expect(childNames(root)).toEqual(['head', 'body']);
    expect(childNames(one(root, NITF, 'body'))).toEqual(['body.head', 'body.content', 'body.end']);
    expect(childNames(one(root, NITF, 'body.head'))).toEqual(['hedline', 'byline', 'dateline']);
    expect(one(root, NITF, 'hl1').textContent).toBe(fixtureArticle.headline);
    expect(Array.from(one(root, NITF, 'byline').getElementsByTagNameNS(NITF, 'person')).map((p) => p.textContent)).toEqual([
      'ANNA WÓJCIK',
      'DAVID OKAFOR',
    ]);
    expect(one(root, NITF, 'location').textContent).toBe('ŁÓDŹ, Poland');
    expect(one(root, NITF, 'tagline').textContent).toBe(
      'By ANNA WÓJCIK [anna.wojcik@example.com], DAVID OKAFOR [david.okafor@example.com]',
    );
  });

  it('records notes as correction and ed-msg, and versions as revision-history', () => {
    const docdata = one(root, NITF, 'docdata');
    expect(one(docdata, NITF, 'correction').getAttribute('info')).toMatch(/^Correction, March 5:/);
    expect(one(docdata, NITF, 'ed-msg').getAttribute('info')).toMatch(/^Update, March 5:/);
    expect(one(docdata, NITF, 'date.issue').getAttribute('norm')).toBe('20250304T091500+0100');
    const revisions = root.getElementsByTagNameNS(NITF, 'revision-history');
    expect(revisions.length).toBe(4);
    expect(revisions[3]!.getAttribute('comment')).toBe('Version 4: update (Correction)');
  });

  it('marks up the body: subhead, emphasis, link, quote, list, end notes', () => {
    const content = one(root, NITF, 'body.content');
    expect(one(content, NITF, 'hl2').textContent).toBe('What the vote decides');
    expect(Array.from(content.getElementsByTagNameNS(NITF, 'em')).map((e) => `${e.getAttribute('class')}:${e.textContent}`)).toContain(
      'bold:2019',
    );
    expect(one(content, NITF, 'a').getAttribute('href')).toBe('https://example.org/lodz/tram-plan');
    expect(one(content, NITF, 'bq').textContent).toMatch(/^“People have waited/);
    expect(one(content, NITF, 'ul').getElementsByTagNameNS(NITF, 'li').length).toBe(3);
    const notes = content.getElementsByTagNameNS(NITF, 'note');
    expect(Array.from(notes).map((n) => n.textContent?.slice(0, 18))).toEqual(['Update, March 5: A', 'Correction, March ']);
  });

  it('keeps any headline text intact through escaping (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (words) => {
        const headline = words.replace(/\s+/g, ' ').trim();
        const xml = exportNitf({ ...fixtureArticle, headline }, options);
        expect(one(parse(xml), NITF, 'hl1').textContent).toBe(
          headline.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''),
        );
      }),
      { numRuns: 150 },
    );
  });
});

describe('ninjs export', () => {
  const json = JSON.parse(exportNinjs(fixtureArticle, options)) as Record<string, unknown>;

  it('carries identity, times, status and language', () => {
    expect(json.uri).toBe('urn:copydesk:article:k7tram2025');
    expect(json.version).toBe('4');
    expect(json.versionCreated).toBe('2025-03-05T14:02:00+01:00');
    expect(json.firstCreated).toBe('2025-03-04T09:15:00+01:00');
    expect(json.pubStatus).toBe('usable');
    expect(json.language).toBe('en');
    expect(json.type).toBe('text');
  });

  it('has headline, deck, byline, bodies and edNote in schema shapes', () => {
    expect(json.headlines).toEqual([{ role: 'main', contentType: 'text/plain', value: fixtureArticle.headline }]);
    expect(json.descriptions).toEqual([{ role: 'summary', contentType: 'text/plain', value: fixtureArticle.deck }]);
    expect(json.by).toBe('ANNA WÓJCIK and DAVID OKAFOR');
    const bodies = json.bodies as { role: string; contentType: string; value: string }[];
    expect(bodies.map((b) => [b.role, b.contentType])).toEqual([
      ['main', 'text/html'],
      ['plain', 'text/plain'],
    ]);
    expect(bodies[0]!.value).toContain('<strong>2019</strong>');
    expect(bodies[1]!.value).toMatch(/Correction, March 5: An earlier version.*$/);
    expect(json.edNote).toMatch(/^Correction, March 5:/);
    // Only properties the ninjs 3.1 schema defines (it forbids any other).
    const allowed = [
      'uri',
      'standard',
      'type',
      'representationType',
      'version',
      'firstCreated',
      'versionCreated',
      'pubStatus',
      'language',
      'slugline',
      'headlines',
      'descriptions',
      'by',
      'people',
      'located',
      'subjects',
      'bodies',
      'edNote',
      'altIds',
    ];
    for (const key of Object.keys(json)) expect(allowed).toContain(key);
  });
});
