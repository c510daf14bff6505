/**
 * Runs the close guard against a real (or fake) window: feeds it the window's 'close' events, the
 * page's document state and close answers, and carries out the effects it decides.
 */
import type { MenuCommand } from '../../shared/ipc';
import { type CloseAnswer, type CloseEvent, INITIAL_CLOSE_STATE, nextCloseStep } from './close-guard';

export interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
}

export interface CloseControllerDeps {
  readonly window: ClosableWindow;
  readonly isDirty: () => boolean;
  readonly isQuitting: () => boolean;
  /** The native Save / Don't Save / Cancel dialog. */
  readonly askUnsaved: () => Promise<CloseAnswer>;
  readonly sendCommand: (command: MenuCommand) => void;
  readonly discardRecovery: () => Promise<void>;
  readonly quit: () => void;
}

export interface CloseController {
  documentState(dirty: boolean): void;
  pageResponse(decision: 'close' | 'cancel'): void;
}

export function createCloseController(deps: CloseControllerDeps): CloseController {
  let state = INITIAL_CLOSE_STATE;

  function apply(event: CloseEvent, closeEvent?: { preventDefault(): void }): void {
    const step = nextCloseStep(state, event);
    state = step.state;
    for (const effect of step.effects) {
      switch (effect) {
        case 'allow-close':
          break;
        case 'prevent-close':
          closeEvent?.preventDefault();
          break;
        case 'ask':
          deps.askUnsaved().then(
            (answer) => apply({ type: 'answer', answer }),
            () => apply({ type: 'answer', answer: 'cancel' }),
          );
          break;
        case 'request-save':
          deps.sendCommand('file.save');
          break;
        case 'discard-recovery':
          void deps.discardRecovery().catch(() => undefined);
          break;
        case 'close-window':
          // Outside the current event: close() re-enters the 'close' handler, now allowed.
          setTimeout(() => {
            if (!deps.window.isDestroyed()) deps.window.close();
          }, 0);
          break;
        case 'quit-app':
          setTimeout(deps.quit, 0);
          break;
      }
    }
  }

  deps.window.on('close', (event) => apply({ type: 'close-attempt', dirty: deps.isDirty(), quitting: deps.isQuitting() }, event));
  return {
    documentState: (dirty) => apply({ type: 'document-state', dirty }),
    pageResponse: (decision) => apply({ type: 'page-response', decision }),
  };
}

/** The native dialog's buttons, in the order the answer index maps to. */
export const UNSAVED_ANSWERS: readonly CloseAnswer[] = ['save', 'discard', 'cancel'];
