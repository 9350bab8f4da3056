/** A command line the CLI cannot run: `gazette` prints the message with its usage and exits with 2. */
export class UsageError extends Error {}
