// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createEditor, $getRoot, type LexicalEditor } from 'lexical';
import { blocksToBody, bodyToBlocks, type Block } from '../../../shared/article/blocks';
import type { SerializedBody } from '../../../shared/article/body';
import { BODY_NODES } from '../nodes';
import { $isPhotoNode, PhotoNode } from './PhotoNode';
import { $isEmbedNode } from './EmbedNode';

const HASH = 'a'.repeat(64);

const blocks: Block[] = [
  { id: 'bk-lead', type: 'paragraph', runs: [{ text: 'The ferry ran aground at dawn.', format: 0 }] },
  {
    id: 'bk-photo',
    type: 'photo',
    runs: [],
    photo: {
      hash: HASH,
      mime: 'image/jpeg',
      width: 1600,
      height: 1067,
      caption: 'The ferry at Pier 4 on Tuesday.',
      credit: 'Ana Ruiz / Riverton Ledger',
      alt: 'A white ferry tilted on a sandbar.',
    },
  },
  {
    id: 'bk-video',
    type: 'embed',
    runs: [],
    embed: { url: 'https://www.youtube.com/watch?v=abc123', provider: 'YouTube', title: 'Rescue from the deck' },
  },
  { id: 'bk-after', type: 'paragraph', runs: [{ text: 'No one was hurt.', format: 0 }] },
];

function editorWith(body: SerializedBody): LexicalEditor {
  const editor = createEditor({
    namespace: 'test',
    nodes: BODY_NODES,
    onError: (e) => {
      throw e;
    },
  });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(body)));
  return editor;
}

function exported(editor: LexicalEditor): SerializedBody {
  return JSON.parse(JSON.stringify(editor.getEditorState().toJSON())) as SerializedBody;
}

describe('photo and embed nodes', () => {
  it('read and write the shared model’s JSON exactly, block ids included', () => {
    const body = blocksToBody(blocks);
    const out = exported(editorWith(body));
    const [photo, embed] = [out.root.children[1]!, out.root.children[2]!];
    expect(photo).toEqual({
      type: 'photo',
      version: 1,
      hash: HASH,
      mime: 'image/jpeg',
      width: 1600,
      height: 1067,
      caption: 'The ferry at Pier 4 on Tuesday.',
      credit: 'Ana Ruiz / Riverton Ledger',
      alt: 'A white ferry tilted on a sandbar.',
      $: { blockId: 'bk-photo' },
    });
    expect(embed).toEqual({
      type: 'embed',
      version: 1,
      url: 'https://www.youtube.com/watch?v=abc123',
      provider: 'YouTube',
      title: 'Rescue from the deck',
      $: { blockId: 'bk-video' },
    });
    expect(bodyToBlocks(out)).toEqual(blocks);
  });

  it('are Lexical nodes of their own kind in the editor', () => {
    const editor = editorWith(blocksToBody(blocks));
    editor.getEditorState().read(() => {
      const [, photo, embed] = $getRoot().getChildren();
      expect($isPhotoNode(photo)).toBe(true);
      expect($isEmbedNode(embed)).toBe(true);
      expect($isPhotoNode(embed)).toBe(false);
      expect(photo!.isInline()).toBe(false);
    });
  });

  it('keep a caption edit in the saved body', () => {
    const editor = editorWith(blocksToBody(blocks));
    editor.update(
      () => {
        const photo = $getRoot().getChildAtIndex(1);
        if ($isPhotoNode(photo)) photo.setField('caption', 'Corrected: the ferry at Pier 5.').setField('alt', '');
      },
      { discrete: true },
    );
    const photo = bodyToBlocks(exported(editor))[1]!;
    expect(photo.photo?.caption).toBe('Corrected: the ferry at Pier 5.');
    expect(photo.photo?.alt).toBe('');
    expect(photo.photo?.credit).toBe('Ana Ruiz / Riverton Ledger');
    expect(photo.id).toBe('bk-photo');
  });

  it('fill what an older or foreign photo node lacks instead of failing to open', () => {
    const body = blocksToBody([blocks[0]!]);
    body.root.children.push({ type: 'photo', version: 1, hash: HASH, $: { blockId: 'bk-old' } });
    const out = exported(editorWith(body));
    expect(out.root.children[1]).toEqual({
      type: 'photo',
      version: 1,
      hash: HASH,
      mime: 'image/jpeg',
      width: 0,
      height: 0,
      caption: '',
      credit: '',
      alt: '',
      $: { blockId: 'bk-old' },
    });
  });

  it('copy their fields on clone, so an edit of the copy leaves the original alone', () => {
    const editor = editorWith(blocksToBody(blocks));
    editor.read(() => {
      const photo = $getRoot().getChildAtIndex(1) as PhotoNode;
      const copy = PhotoNode.clone(photo);
      expect(copy.__fields).toEqual(photo.__fields);
      expect(copy.__fields).not.toBe(photo.__fields);
    });
  });
});

describe('embeds that arrive without the Embed form', () => {
  it('keep an address the link policy allows and turn a refused one into a paragraph of its words', async () => {
    const { registerEmbedVetting } = await import('../plugins/MediaPlugin');
    const body = blocksToBody([
      blocks[0]!,
      { id: 'bk-ok', type: 'embed', runs: [], embed: { url: 'https://youtu.be/abc', provider: 'YouTube', title: 'Rescue' } },
      {
        id: 'bk-js',
        type: 'embed',
        runs: [],
        embed: { url: 'javascript:alert(document.cookie)', provider: 'YouTube', title: 'Watch this' },
      },
      { id: 'bk-http', type: 'embed', runs: [], embed: { url: 'http://video.example/1', provider: 'video.example', title: '' } },
    ]);
    const editor = createEditor({
      namespace: 'test',
      nodes: BODY_NODES,
      onError: (e) => {
        throw e;
      },
    });
    registerEmbedVetting(editor);
    editor.setEditorState(editor.parseEditorState(JSON.stringify(body)));
    editor.update(() => undefined, { discrete: true });
    const out = bodyToBlocks(exported(editor));
    expect(out.map((b) => b.type)).toEqual(['paragraph', 'embed', 'paragraph', 'embed']);
    expect(out[1]!.embed?.url).toBe('https://youtu.be/abc');
    expect(out[2]!.runs.map((r) => r.text).join('')).toBe('Watch this javascript:alert(document.cookie)');
    // Allowed by the link policy: a stored embed is not rewritten for the form's https rule.
    expect(out[3]!.embed?.url).toBe('http://video.example/1');
    expect(JSON.stringify(exported(editor))).not.toMatch(/"type":"embed","version":1,"url":"javascript/);
  });
});
