// Entry of the embedded-services worker thread. A worker starts a fresh module loader: whatever runs the parent
// (tsx for the CLI and benchmarks, SWC under jest) is not inherited, so tsx is registered here as bin/gazette.cjs does.
require('tsx/cjs/api').register();
require('./services-thread.ts');
