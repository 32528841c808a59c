/** The folder Copydesk is installed in (holds out/, native/, package.json). */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RENDERER_DIR = join(APP_ROOT, 'out', 'renderer');
