/**
 * The V8 flags the engine is tuned for. Every process that runs it starts node with them: the parse Lambda through
 * its exec wrapper (lambdas/handlers/engine-flags.sh), `gazette` through its `#!` line and `npm start`, and the
 * benchmark through its engine's process. Without them the engine gives the same records, only slower.
 *
 * `--no-regexp-tier-up`: by default V8 first compiles a pattern to bytecode and interprets it, then compiles it
 * again to machine code on its next use; with the flag it compiles a pattern once, to machine code, on first use.
 * The engine tests a few hundred large patterns, and V8 optimises a pattern's machine code only until the process
 * has generated 1 MB of pattern code and holds 16 MB of machine code (`TooMuchRegExpCode` in V8's regexp.cc): past
 * that, PUBLISHER_NOTICE's parts, compiled afresh after 3,000 other patterns, took 454 µs a text instead of 35 µs.
 * How tier-up spends that budget worse is not pinned down; what the flag is worth is measured: over the dev corpus,
 * warm passes took 19 to 22 ms of CPU a page with it against 25 to 39 ms without (2026-12-07, the third and fourth
 * passes of two alternated runs each).
 *
 * A flag has to be on node's command line: NODE_OPTIONS does not accept this one, and setting it from JavaScript
 * once patterns exist (`v8.setFlagsFromString`) crashed V8 in three of three tries.
 */
export const ENGINE_V8_FLAGS: readonly string[] = ['--no-regexp-tier-up'];
