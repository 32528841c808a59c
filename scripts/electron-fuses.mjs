#!/usr/bin/env node
// Flips the Electron fuses listed in scripts/electron-fuses.json in a packaged app's Electron
// binary: no running as plain Node (ELECTRON_RUN_AS_NODE), no NODE_OPTIONS, no --inspect, cookies
// encrypted, the app loaded only from its app.asar and that archive's integrity checked, file://
// without extra privileges (the app uses app://). A fuse is part of the binary: malware that can
// set an environment variable or a flag still cannot turn the app into a Node shell.
//
// As a packaging hook: electron-builder's `afterPack: "scripts/electron-fuses.mjs"` calls the
// default export with its context. By hand: `node scripts/electron-fuses.mjs PATH/TO/ELECTRON`.
// Needs the @electron/fuses package (a devDependency of packaging, not of development).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const FUSES_FILE = join(here, 'electron-fuses.json');

/** The fuses the build flips, by @electron/fuses' option names: the one source for the build and its test. */
export function fuseSettings() {
  const config = JSON.parse(readFileSync(FUSES_FILE, 'utf8'));
  if (config.version !== 1) throw new Error(`${FUSES_FILE}: unknown fuse schema version ${config.version}.`);
  for (const [name, value] of Object.entries(config.fuses)) {
    if (typeof value !== 'boolean') throw new Error(`${FUSES_FILE}: fuse ${name} must be true or false.`);
  }
  return config.fuses;
}

async function loadFuses() {
  try {
    return await import('@electron/fuses');
  } catch {
    throw new Error(
      'Flipping Electron fuses needs the @electron/fuses package: npm install --save-dev @electron/fuses, then package again.',
    );
  }
}

/** Flips the configured fuses in the Electron binary at `electronPath`. */
export async function flipConfiguredFuses(electronPath) {
  const { flipFuses, FuseVersion, FuseV1Options } = await loadFuses();
  const settings = { version: FuseVersion.V1, resetAdHocDarwinSignature: process.platform === 'darwin' };
  for (const [name, value] of Object.entries(fuseSettings())) {
    if (!(name in FuseV1Options)) throw new Error(`This @electron/fuses does not know the fuse ${name}; update it.`);
    settings[FuseV1Options[name]] = value;
  }
  await flipFuses(electronPath, settings);
}

/** electron-builder afterPack hook: the packaged binary sits in appOutDir. */
export default async function afterPack(context) {
  const name = context.packager.appInfo.productFilename;
  const binary =
    {
      darwin: join(context.appOutDir, `${name}.app`),
      win32: join(context.appOutDir, `${name}.exe`),
    }[context.electronPlatformName] ?? join(context.appOutDir, context.packager.executableName ?? name);
  await flipConfiguredFuses(binary);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const target = process.argv[2];
  if (!target) {
    console.error('Usage: node scripts/electron-fuses.mjs PATH/TO/ELECTRON-BINARY');
    process.exit(2);
  }
  flipConfiguredFuses(target).then(
    () => console.log(`fuses flipped in ${target}`),
    (error) => {
      console.error(`electron-fuses: ${error.message}`);
      process.exit(1);
    },
  );
}
