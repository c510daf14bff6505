/**
 * The one wrapper every IPC handler goes through: the sender must be our window's top frame on our
 * origin, the payload must parse with the shared zod schema, and the answer is always an
 * `IpcResult` — a handler that throws becomes `{ ok: false }`, never an exception across the bridge.
 */
import type { z } from 'zod';
import { isAbsolute } from 'node:path';
import { CLOSE_RESPONSE_CHANNEL, FILE_DROP_CHANNEL, IPC_REQUESTS, type IpcError, type IpcOperation, type IpcResponses, type IpcResult, ipcChannel } from '../../shared/ipc';

/** The parts of an IPC event the sender check reads (Electron's IpcMainInvokeEvent has them). */
export interface IpcSenderEvent {
  readonly sender: unknown;
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/** The part of `ipcMain` the wrapper uses; tests pass a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcSenderEvent, ...args: unknown[]) => Promise<unknown>): void;
  on(channel: string, listener: (event: IpcSenderEvent, ...args: unknown[]) => void): void;
}

export type IpcParsed<K extends IpcOperation> = z.output<(typeof IPC_REQUESTS)[K]>;

/** One async function per operation, typed from the contract. */
export type IpcHandlers = {
  [K in IpcOperation]: (request: IpcParsed<K>, event: IpcSenderEvent) => Promise<IpcResult<IpcResponses[K]>>;
};

export type SenderCheck = (event: IpcSenderEvent) => boolean;

const failure = (code: IpcError['code'], message: string): { ok: false; error: IpcError } => ({ ok: false, error: { code, message } });

/** Register every operation in IPC_REQUESTS; a missing handler is a type error, not a runtime hole. */
export function registerHandlers(ipcMain: IpcMainLike, isTrustedSender: SenderCheck, handlers: IpcHandlers): void {
  for (const operation of Object.keys(IPC_REQUESTS) as IpcOperation[]) {
    ipcMain.handle(ipcChannel(operation), (event, payload) => dispatch(operation, event, payload, isTrustedSender, handlers));
  }
}

/** Check, parse and run one request. Exported for the preload's own round-trip tests. */
export async function dispatch<K extends IpcOperation>(
  operation: K,
  event: IpcSenderEvent,
  payload: unknown,
  isTrustedSender: SenderCheck,
  handlers: IpcHandlers,
): Promise<IpcResult<IpcResponses[K]>> {
  if (!safeCheck(isTrustedSender, event)) return failure('forbidden', `Refused ${operation}: the request did not come from Decamp's own page.`);
  const parsed = IPC_REQUESTS[operation].safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return failure('invalid-request', `Invalid ${operation} request${where}: ${issue?.message ?? 'unexpected shape'}.`);
  }
  try {
    const handler = handlers[operation] as (request: unknown, event: IpcSenderEvent) => Promise<IpcResult<IpcResponses[K]>>;
    return await handler(parsed.data, event);
  } catch (error) {
    return failure('io', `${operation} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The page's answer to closeRequested, through the same sender check and a strict parse. */
export function registerCloseResponse(ipcMain: IpcMainLike, isTrustedSender: SenderCheck, onResponse: (decision: 'close' | 'cancel') => void): void {
  ipcMain.on(CLOSE_RESPONSE_CHANNEL, (event, decision) => {
    if (!safeCheck(isTrustedSender, event)) return;
    if (decision === 'close' || decision === 'cancel') onResponse(decision);
  });
}

/** Most files one drop may carry (a folder of manifests is imported through File > Import instead). */
const MAX_DROPPED_FILES = 1000;

/** Files dropped on our window, as the preload read them: absolute paths from our page's top frame, or nothing. */
export function registerFileDrop(ipcMain: IpcMainLike, isTrustedSender: SenderCheck, onDrop: (filePaths: string[]) => void): void {
  ipcMain.on(FILE_DROP_CHANNEL, (event, filePaths) => {
    if (!safeCheck(isTrustedSender, event)) return;
    if (!Array.isArray(filePaths) || filePaths.length === 0 || filePaths.length > MAX_DROPPED_FILES) return;
    const valid = filePaths.every((p): p is string => typeof p === 'string' && p.length <= 4096 && isAbsolute(p));
    if (valid) onDrop(filePaths);
  });
}

function safeCheck(check: SenderCheck, event: IpcSenderEvent): boolean {
  try {
    return check(event);
  } catch {
    return false;
  }
}

export interface SenderCheckOptions {
  /** The app window, or null while there is none. */
  readonly getWindow: () => unknown;
  /** `BrowserWindow.fromWebContents`. */
  readonly fromWebContents: (contents: never) => unknown;
  /** Whether a frame URL is our renderer (app:// in production, the dev server in development). */
  readonly isAppUrl: (url: string) => boolean;
}

/** Trusted = the top frame of our window, showing our page. Subframes and other windows are refused. */
export function createSenderCheck({ getWindow, fromWebContents, isAppUrl }: SenderCheckOptions): SenderCheck {
  return (event) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isAppUrl(frame.url)) return false;
    const window = getWindow();
    return window !== null && window !== undefined && fromWebContents(event.sender as never) === window;
  };
}
