/** The text to show for an error thrown by a host or the engine; the adapters write theirs in Swedish. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Lets the browser paint (the progress bar) before the next synchronous step. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}
