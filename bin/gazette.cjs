#!/usr/bin/env -S node --no-regexp-tier-up
// Entry point for `npx gazette`: registers tsx so the TypeScript CLI runs without a build step. The #! line and
// `npm start` give node the extraction engine's V8 flags (lambdas/extract/v8-flags.ts); V8 reads them only at start.
// The SDK's notice that future releases will need Node 22 says nothing a local user can act on mid-run.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
require('tsx/cjs/api').register();
require('./gazette.ts');
