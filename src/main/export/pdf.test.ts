import { describe, expect, it } from 'vitest';
import { blocksToBody, type Block } from '../../shared/article/blocks';
import { fixtureArticle } from '../../shared/export/fixtures/article';
import { exportPdf } from './pdf';

function mediaBoxes(pdf: Buffer): string[] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox \[([^\]]+)\]/g)].map((m) => m[1]!.trim());
}

describe('PDF export', () => {
  it('writes an A4 PDF with the DejaVu fonts embedded', async () => {
    const pdf = await exportPdf(fixtureArticle, { provider: 'Copydesk' });
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw).toMatch(/DejaVuSerif/);
    expect(raw).toMatch(/DejaVuSans-Bold/);
    expect(mediaBoxes(pdf)).toEqual(['0 0 595.28 841.89']);
    expect(raw).toContain('/URI (https://example.org/lodz/tram-plan)');
  });

  it('prints on US Letter when asked and flows a long article onto more pages', async () => {
    const long: Block[] = Array.from({ length: 60 }, (_, i) => ({ id: `p${i}`, type: 'paragraph', runs: [{ text: `Paragraph ${i + 1}: ${'The council met again. '.repeat(12)}`, format: 0 }] }));
    const pdf = await exportPdf({ ...fixtureArticle, body: blocksToBody(long) }, { provider: 'Copydesk', paper: 'Letter' });
    const boxes = mediaBoxes(pdf);
    expect(boxes.length).toBeGreaterThan(2);
    expect(new Set(boxes)).toEqual(new Set(['0 0 612 792']));
  });
});
