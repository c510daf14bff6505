/// <reference lib="webworker" />
/**
 * Reads import files off the main thread: a 50 MB Terraform state takes seconds to parse and map,
 * and on the main thread the window froze for all of them, Cancel included.
 */
import type { ImportRequest } from './protocol';
import { answer } from './reading';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  void answer(event.data).then((response) => scope.postMessage(response));
};
