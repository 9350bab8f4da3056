#!/usr/bin/env node
// Entry point for `npx gazette`: registers tsx so the TypeScript CLI runs without a build step.
require('tsx/cjs/api').register();
require('./gazette.ts');
