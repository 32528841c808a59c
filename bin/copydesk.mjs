#!/usr/bin/env node
// The `copydesk` command. Runs the TypeScript sources through tsx, so it works straight after
// `npm install` with no build step to remember.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
await main();
