/**
 * What happens when the window closes (or the app quits) with unsaved changes, as a pure state
 * machine. Main shows a native Save / Don't Save / Cancel dialog; on Save it sends the page
 * `file.save` and closes only once the page reports the document clean (or says 'close'); the page
 * answering 'cancel' (its save failed or was cancelled) keeps the window.
 */

export type CloseAnswer = 'save' | 'discard' | 'cancel';

export type CloseState =
  | { readonly phase: 'open' }
  | { readonly phase: 'asking'; readonly quitting: boolean }
  | { readonly phase: 'saving'; readonly quitting: boolean }
  | { readonly phase: 'closing'; readonly quitting: boolean };

export type CloseEvent =
  /** The window's 'close' event (also fired by app.quit()). */
  | { readonly type: 'close-attempt'; readonly dirty: boolean; readonly quitting: boolean }
  /** The user's choice in the native dialog. */
  | { readonly type: 'answer'; readonly answer: CloseAnswer }
  /** setDocumentState from the page. */
  | { readonly type: 'document-state'; readonly dirty: boolean }
  /** respondToClose from the page. */
  | { readonly type: 'page-response'; readonly decision: 'close' | 'cancel' };

export type CloseEffect =
  /** Let this 'close' event proceed. */
  | 'allow-close'
  /** event.preventDefault() on this 'close' event (which also cancels a quit in progress). */
  | 'prevent-close'
  | 'ask'
  /** Send menuCommand 'file.save' to the page. */
  | 'request-save'
  /** The user threw the changes away: remove their recovery entry. */
  | 'discard-recovery'
  /** Close the window programmatically; the resulting close-attempt is allowed. */
  | 'close-window'
  /** app.quit() again, since preventing the close cancelled the quit. */
  | 'quit-app';

export interface CloseStep {
  readonly state: CloseState;
  readonly effects: readonly CloseEffect[];
}

export const INITIAL_CLOSE_STATE: CloseState = { phase: 'open' };

const finish = (quitting: boolean, extra: CloseEffect[] = []): CloseStep => ({
  state: { phase: 'closing', quitting },
  effects: [...extra, 'close-window', ...(quitting ? (['quit-app'] as const) : [])],
});

export function nextCloseStep(state: CloseState, event: CloseEvent): CloseStep {
  switch (event.type) {
    case 'close-attempt':
      if (state.phase === 'closing') return { state, effects: ['allow-close'] };
      if (state.phase === 'asking') return { state, effects: ['prevent-close'] }; // the dialog is already up
      if (!event.dirty) return { state: { phase: 'closing', quitting: event.quitting }, effects: ['allow-close'] };
      // Open, or a save that never reported back (failed silently): ask (again) rather than lose work.
      return { state: { phase: 'asking', quitting: event.quitting }, effects: ['prevent-close', 'ask'] };

    case 'answer':
      if (state.phase !== 'asking') return { state, effects: [] };
      if (event.answer === 'cancel') return { state: { phase: 'open' }, effects: [] };
      if (event.answer === 'discard') return finish(state.quitting, ['discard-recovery']);
      return { state: { phase: 'saving', quitting: state.quitting }, effects: ['request-save'] };

    case 'document-state':
      if (state.phase === 'saving' && !event.dirty) return finish(state.quitting);
      return { state, effects: [] };

    case 'page-response':
      if (state.phase !== 'saving') return { state, effects: [] };
      return event.decision === 'close' ? finish(state.quitting) : { state: { phase: 'open' }, effects: [] };
  }
}
