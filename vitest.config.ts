import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Two cores: keep workers to two so heavy tests (crash loops, Chromium) do not starve each other.
    maxWorkers: 2,
  },
});
