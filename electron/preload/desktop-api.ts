/**
 * `window.decamp` as the preload builds it: one generic invoke over the contract's channels, event
 * subscriptions that hand the page only the payload (never the IpcRendererEvent, which carries
 * `sender`), and the close answer. Takes ipcRenderer as a parameter so it is tested under Node.
 */
import {
  CLOSE_RESPONSE_CHANNEL,
  type DesktopApi,
  type DesktopEvents,
  eventChannel,
  IPC_REQUESTS,
  type IpcOperation,
  type IpcResult,
  ipcChannel,
} from '../../shared/ipc';

/** The parts of Electron's ipcRenderer the preload uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  send(channel: string, ...args: unknown[]): void;
}

const OPERATIONS = new Set<string>(Object.keys(IPC_REQUESTS));
const EVENTS = new Set<string>(['menuCommand', 'openDocument', 'openFailed', 'closeRequested', 'importFiles'] satisfies (keyof DesktopEvents)[]);

export function createDesktopApi(ipc: IpcRendererLike): DesktopApi {
  return {
    platform: 'electron',
    async invoke(operation, request) {
      // The page is untrusted input too: only the contract's channels, whatever string it passes.
      if (!OPERATIONS.has(operation)) return { ok: false, error: { code: 'invalid-request', message: `Unknown operation ${String(operation)}.` } };
      try {
        return (await ipc.invoke(ipcChannel(operation as IpcOperation), request)) as never;
      } catch (error) {
        const result: IpcResult<never> = { ok: false, error: { code: 'io', message: error instanceof Error ? error.message : String(error) } };
        return result;
      }
    },
    on(event, listener) {
      if (!EVENTS.has(event)) return () => undefined;
      const channel = eventChannel(event);
      const forward = (_event: unknown, payload: unknown) => listener(payload as never);
      ipc.on(channel, forward);
      return () => void ipc.removeListener(channel, forward);
    },
    respondToClose(decision) {
      if (decision === 'close' || decision === 'cancel') ipc.send(CLOSE_RESPONSE_CHANNEL, decision);
    },
  };
}
