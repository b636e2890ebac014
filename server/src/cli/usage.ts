/** A command line the CLI cannot run: the message and the usage on stderr, exit code 2. */
export class UsageError extends Error {}
