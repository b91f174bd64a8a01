/** A problem with the arguments or the files: the command line exits 2 with this message. */
export class UsageError extends Error {}
