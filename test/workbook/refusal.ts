/** The error `work` rejects with; a test fails when it resolves instead. */
export async function refusal(work: Promise<unknown>): Promise<Error> {
  try {
    await work;
  } catch (error) {
    return error as Error;
  }
  throw new Error('no refusal');
}
