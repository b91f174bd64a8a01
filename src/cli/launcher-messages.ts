/** What the command's worker thread tells the launcher: a temporary file made or gone (renamed into place, or removed). */
export type FromWorker = { kind: 'temporary'; path: string; exists: boolean };
