// Starts a work thread from the TypeScript sources (the CLI, the web host and tests run them
// through tsx); the desktop build bundles worker.ts as out/main/work.js and starts that instead.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
