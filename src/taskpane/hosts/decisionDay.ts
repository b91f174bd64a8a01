/** The day a version is decided, as Beslutade versioner records it: today in UTC, YYYY-MM-DD (the command line's too). */
export function decisionDay(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
