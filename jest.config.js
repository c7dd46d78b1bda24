/** ts-jest in ESM mode; type-checking is `npm run typecheck`'s job, so tests only transpile. */
export default {
  // Node's environment, sharing natural's 4 MB part-of-speech lexicon between the test files of a worker.
  testEnvironment: '<rootDir>/tests/support/shared-data-environment.js',
  roots: ['<rootDir>/tests'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '/English/lexicon_from_posjs\\.json$': '<rootDir>/tests/support/shared-pos-lexicon.cjs',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, isolatedModules: true }] },
  // Generous: a hung test fails late, but the suite stays green on a machine shared by several busy users
  // (at load 15-20 tests that take 2 s quiet took over 20 s).
  testTimeout: 60_000,
  // One PostgreSQL for the whole run (TEST_DATABASE_URL, or a throwaway server); each Postgres test file
  // makes its own database.
  globalSetup: '<rootDir>/tests/support/postgres-global-setup.js',
  globalTeardown: '<rootDir>/tests/support/postgres-global-teardown.js',
  // Jest's default on 2 cores is one worker; the suite waits on child processes, sockets and disk enough to
  // use both.
  maxWorkers: 2,
};
