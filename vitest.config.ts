import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    // No test waits real time (lists settle on a fake clock); this is a ceiling for the CPU-bound ones
    // (rendering 2,000 rows, packing a .docx) on a machine whose cores are busy with other work: at a
    // load of 25 on two cores a 2,000-row list took 36 s.
    testTimeout: 120_000,
  },
});
