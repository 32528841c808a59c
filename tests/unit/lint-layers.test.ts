/**
 * The layer rule as ESLint enforces it (eslint.config.js), fed files that break it: each wrong-way
 * import is reported at its line, and the same import from a layer allowed to make it is not.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { resolve } from 'node:path';

const eslint = new ESLint({ cwd: resolve(__dirname, '..', '..') });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the layer rule, as lint', () => {
  it.each([
    ['src/shared/article/x.ts', "import { readFileSync } from 'node:fs';", /runs everywhere/],
    ['src/shared/article/x.ts', "import Database from 'better-sqlite3';", /runs everywhere/],
    ['src/shared/article/x.ts', "import { useState } from 'react';", /no UI/],
    ['src/shared/article/x.ts', "import { openStore } from '../../main/store';", /only src\/shared/],
    ['src/renderer/desk/x.tsx', "import { openStore } from '../../main/store';", /API contract|contract\.ts/],
    ['src/renderer/desk/x.tsx', "import { ipcRenderer } from 'electron';", /web page/],
    ['src/renderer/desk/x.tsx', "import { join } from 'node:path';", /web page/],
    ['src/main/store/x.ts', "import { app } from 'electron';", /Only src\/main\/electron/],
    ['src/main/store/x.ts', "import { App } from '../../renderer/app/App';", /never imports the UI/],
    ['src/cli/commands/x.ts', "import { app } from 'electron';", /without Electron/],
    ['src/preload/x.ts', "import { openStore } from '../main/store';", /contract only/],
  ])('%s: %s is refused', async (file, code, reason) => {
    const messages = await restricted(file, `${code}\nexport const used = 1;\n`);
    expect(messages.length, code).toBe(1);
    expect(messages[0]).toMatch(reason);
  });

  it.each([
    ['src/main/electron/x.ts', "import { app } from 'electron';"],
    ['src/main/store/x.ts', "import { readFileSync } from 'node:fs';"],
    ['src/renderer/desk/x.tsx', "import { api } from '../api/client';"],
    ['src/renderer/desk/x.tsx', "import { ApiError } from '../../shared/api/errors';"],
    ['src/preload/x.ts', "import { ipcRenderer } from 'electron';"],
    ['src/shared/article/x.ts', "import { z } from 'zod';"],
  ])('%s: %s is allowed', async (file, code) => {
    expect(await restricted(file, `${code}\nexport const used = 1;\n`)).toEqual([]);
  });
});
