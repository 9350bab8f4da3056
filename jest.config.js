/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)s$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  setupFiles: ['<rootDir>/test/support/environment.ts'],
  testTimeout: 30000,
  // Jest's default leaves one core idle, which on a 2-core CI machine runs every suite in band (200 s instead of 134 s).
  maxWorkers: '100%',
  testSequencer: '<rootDir>/test/support/slow-suites-first.js',
};
