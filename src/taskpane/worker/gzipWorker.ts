/// <reference lib="webworker" />
/**
 * The gzip worker, started by the pane's worker for the download: each stream it is given is
 * compressed by the browser's `CompressionStream('gzip')`. A browser runs a CompressionStream on
 * the thread that writes to it, so here it works beside the pane's worker, which meanwhile makes
 * the next rows of the sheet (remoteGzip.ts).
 */
import type { FromGzip, ToGzip } from './gzipProtocol';
import { compressWith } from './gzipStreams';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = compressWith((message: FromGzip, transfer: Transferable[] = []) => scope.postMessage(message, transfer));
scope.onmessage = (event: MessageEvent<ToGzip>) => handle(event.data);
