#!/bin/sh
# The parse function's AWS_LAMBDA_EXEC_WRAPPER. Lambda starts its runtime as `node <options> <bootstrap>`; this
# starts it with the extraction engine's V8 flags (lambdas/extract/v8-flags.ts) added after `node`, the only place
# V8 reads them.
runtime="$1"
shift
exec "$runtime" --no-regexp-tier-up "$@"
