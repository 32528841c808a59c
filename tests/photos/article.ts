/** An article body with photos in it, as the editor saves one: paragraphs and photo blocks by hash. */
import { blocksToBody, type Block } from '../../src/shared/article/blocks';
import type { SerializedBody } from '../../src/shared/article/body';
import type { AddedPhoto } from '../../src/shared/api/contract';

/** Paragraphs with a photo after every other one; the edit number changes one paragraph's words. */
export function bodyWithPhotos(photos: readonly AddedPhoto[], paragraphs: readonly string[], edit = 0): SerializedBody {
  const blocks: Block[] = [];
  paragraphs.forEach((text, i) => {
    blocks.push({
      id: `p${i}`,
      type: 'paragraph',
      runs: [{ text: i === edit % paragraphs.length ? `${text} (edit ${edit})` : text, format: 0 }],
    });
    const photo = i % 2 === 1 ? photos[(i - 1) / 2] : undefined;
    if (photo) {
      blocks.push({
        id: `photo${(i - 1) / 2}`,
        type: 'photo',
        runs: [],
        photo: {
          hash: photo.hash,
          mime: photo.mime,
          width: photo.width,
          height: photo.height,
          caption: `Caption ${i}`,
          credit: 'Staff photographer',
          alt: `Scene ${i}`,
        },
      });
    }
  });
  return blocksToBody(blocks);
}

export const PARAGRAPHS = Array.from(
  { length: 12 },
  (_, i) =>
    `Paragraph ${i + 1}: the council met on Tuesday to weigh the harbour budget, and residents asked where the money for the sea wall would come from.`,
);
