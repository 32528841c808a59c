/**
 * The layer rule of docs/architecture.md, enforced: a wrong-way import fails this test.
 * shared is pure; only the Electron folder and the preload import 'electron'; the renderer
 * reaches the app only through the API contract (never main, Node or SQLite).
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, dirname } from 'node:path';

const root = resolve(__dirname, '..', '..');

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path));
    else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(
    /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g,
  )) {
    found.push((m[1] ?? m[2] ?? m[3])!);
  }
  return found;
}

/** Which layer a resolved import lands in, or the package name for a bare one. */
function target(file: string, spec: string, base = root): string {
  if (!spec.startsWith('.')) return spec;
  return relative(join(base, 'src'), resolve(dirname(file), spec))
    .split(/[/\\]/)
    .slice(0, 2)
    .join('/');
}

type Rule = (file: string, spec: string, to: string) => string | null;

/** Every import in src/<layer> of the tree at `base` (the repository, or a test's own tree) that breaks the rule. */
function violations(layer: string, rule: Rule, base = root): string[] {
  const out: string[] = [];
  for (const file of files(join(base, 'src', layer))) {
    for (const spec of imports(file)) {
      const problem = rule(file, spec, target(file, spec, base));
      if (problem) out.push(`${relative(base, file)} imports "${spec}": ${problem}`);
    }
  }
  return out;
}

const NODE_ONLY = /^(node:|fs$|path$|os$|child_process$|crypto$|better-sqlite3|jsdom|electron$|mammoth|pdfkit|docx$|iconv-lite|pg$)/;

const sharedRule: Rule = (_file, spec, to) => {
  if (NODE_ONLY.test(spec)) return 'shared code must run everywhere';
  if (spec.startsWith('.') && !to.startsWith('shared')) return 'shared may import only shared';
  if (/^(react|react-dom|@lexical\/react)/.test(spec)) return 'no UI in shared';
  return null;
};

const rendererRule: Rule = (_f, spec, to) => {
  if (NODE_ONLY.test(spec)) return 'the renderer has no Node';
  if (spec.startsWith('.') && /^(main|cli|preload)\b/.test(to)) return 'use window.copydesk (the API contract), not main';
  return null;
};

describe('layers', () => {
  it('src/shared is pure: no electron, Node, SQLite, DOM or other layers', () => {
    const found = violations('shared', sharedRule);
    for (const file of files(join(root, 'src', 'shared'))) {
      const text = readFileSync(file, 'utf8').replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '');
      if (/\b(document|window|localStorage|DOMParser|Buffer)\s*[.(]/.test(text))
        found.push(`${relative(root, file)} uses a DOM or Node global`);
    }
    expect(found).toEqual([]);
  });

  it('only src/main/electron and src/preload import electron', () => {
    const found = [
      ...violations('main', (file, spec) =>
        spec === 'electron' && !file.includes(join('main', 'electron')) ? 'electron belongs in src/main/electron' : null,
      ),
      ...violations('cli', (_f, spec) => (spec === 'electron' ? 'the CLI runs without Electron' : null)),
      ...violations('renderer', (_f, spec) => (spec === 'electron' ? 'the renderer reaches Electron only through the preload' : null)),
    ];
    expect(found).toEqual([]);
  });

  it('the renderer talks to the app only through the API contract', () => {
    const found = violations('renderer', rendererRule);
    expect(found).toEqual([]);
  });

  it('main never reaches into the renderer, and the preload only into shared', () => {
    const found = [
      ...violations('main', (_f, spec, to) => (spec.startsWith('.') && to.startsWith('renderer') ? 'main must not import the UI' : null)),
      ...violations('preload', (_f, spec, to) =>
        spec.startsWith('.') && !to.startsWith('shared') && !to.startsWith('preload') ? 'the preload exposes the contract only' : null,
      ),
    ];
    expect(found).toEqual([]);
  });

  it('catches wrong-way imports in files that make them (the rule itself is alive)', () => {
    const base = mkdtempSync(join(tmpdir(), 'copydesk-layers-'));
    try {
      mkdirSync(join(base, 'src', 'shared', 'article'), { recursive: true });
      mkdirSync(join(base, 'src', 'renderer', 'desk'), { recursive: true });
      writeFileSync(
        join(base, 'src', 'shared', 'article', 'bad.ts'),
        "import { readFileSync } from 'node:fs';\nimport { openStore } from '../../main/store';\nimport { z } from 'zod';\n",
      );
      writeFileSync(
        join(base, 'src', 'renderer', 'desk', 'Bad.tsx'),
        "import { openStore } from '../../main/store';\nconst fs = await import('node:fs');\nimport { api } from '../api/client';\n",
      );
      expect(violations('shared', sharedRule, base)).toEqual([
        'src/shared/article/bad.ts imports "node:fs": shared code must run everywhere',
        'src/shared/article/bad.ts imports "../../main/store": shared may import only shared',
      ]);
      expect(violations('renderer', rendererRule, base)).toEqual([
        'src/renderer/desk/Bad.tsx imports "../../main/store": use window.copydesk (the API contract), not main',
        'src/renderer/desk/Bad.tsx imports "node:fs": the renderer has no Node',
      ]);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});
