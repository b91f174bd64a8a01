import { renderErrorText, type ErrorText } from '../../../src/taskpane/messages/errorText';
import { workerHandlers } from '../../../src/taskpane/worker/handlers';
import type { Post } from '../../../src/taskpane/worker/handlers';
import type { Request, RequestBody, Response } from '../../../src/taskpane/worker/protocol';

/** The handlers with a post that clones each message as postMessage would: each request's last response. */
export function clonedWorker(options?: Parameters<typeof workerHandlers>[0]): (body: RequestBody) => Promise<Response> {
  const handle = workerHandlers(options);
  let id = 0;
  return async (body) => {
    const responses: Response[] = [];
    const post: Post = (response, transfer = []) => responses.push(structuredClone(response, { transfer }));
    await handle(structuredClone({ id: ++id, ...body }) as Request, post);
    return responses.at(-1)!;
  };
}

/** The Blob a request was answered with: its type and bytes. */
export async function blobOf(response: Response): Promise<{ type: string; bytes: Uint8Array }> {
  if (response.kind !== 'done') throw new Error(`not done: ${JSON.stringify(response)}`);
  const blob = response.answer as Blob;
  return { type: blob.type, bytes: new Uint8Array(await blob.arrayBuffer()) };
}

/** The message a request failed with, in both languages. */
export function failure(response: Response): { sv: string; en: string } {
  if (response.kind !== 'failed' || !response.text) throw new Error(`not a failure with a message: ${JSON.stringify(response)}`);
  const text = response.text as ErrorText;
  return { sv: renderErrorText(text, 'sv'), en: renderErrorText(text, 'en') };
}
