/**
 * How V8 runs the engine's patterns, set once when the engine is loaded.
 *
 * Rule "patterns compiled to machine code at once": V8 by default runs a new pattern in its bytecode interpreter
 * and compiles it to machine code only once it has been used ("tier-up"). The engine tests a few thousand patterns,
 * hundreds of them alternations of phrases in many languages, against every line of a page, and in that load the
 * tier-up mode costs far more than it saves. Measured on the dev corpus (2026-12-07, 629 pages):
 * - the 2,640 texts that one pattern group (`PUBLISHER_NOTICE`) is asked about in a pass took 440-740 ms to test
 *   again at the end of the pass with tier-up on, and 50-75 ms with it off, although with tier-up on V8 reported
 *   machine code for every part of the group throughout the passes;
 * - whole warm passes took a median 20.6 ms a page (24.7 ms of CPU) with it on and 14.7 ms (17.8 ms of CPU) with it
 *   off; best passes 18.5 and 13.0 ms. Nine warm passes each, in alternated runs of the same bundle with and
 *   without this module, on a quiet machine, with identical records;
 * - the parse Lambda's cold start (import and first call) took 495 ms with it on and 484 ms with it off: the largest
 *   patterns are already compiled to machine code when they are built (`compiledAtOnce`).
 *
 * The setting is the process's, so it also holds for code that shares a process with the engine (the local
 * runtime's embedded S3 and DynamoDB); it changes only when a pattern is compiled, never what it matches. It is
 * imported first so that it holds before any of the engine's modules compiles a pattern.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
