import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Unit, property, fuzz, crash and security tests; the Playwright suite (tests/e2e, *.spec.ts) runs apart.
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
