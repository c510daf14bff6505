import { describe, expect, it } from 'vitest';
import { type CloseEffect, type CloseEvent, type CloseState, INITIAL_CLOSE_STATE, nextCloseStep } from '../../electron/main/close-guard';

/** Run events from the start; collect every effect in order. */
function run(events: CloseEvent[], from: CloseState = INITIAL_CLOSE_STATE): { state: CloseState; effects: CloseEffect[] } {
  let state = from;
  const effects: CloseEffect[] = [];
  for (const event of events) {
    const step = nextCloseStep(state, event);
    state = step.state;
    effects.push(...step.effects);
  }
  return { state, effects };
}

const attempt = (dirty: boolean, quitting = false): CloseEvent => ({ type: 'close-attempt', dirty, quitting });

describe('close guard', () => {
  it('closes a clean window at once', () => {
    expect(run([attempt(false)])).toEqual({ state: { phase: 'closing', quitting: false }, effects: ['allow-close'] });
  });

  it('asks before closing a dirty window', () => {
    expect(run([attempt(true)])).toEqual({ state: { phase: 'asking', quitting: false }, effects: ['prevent-close', 'ask'] });
  });

  it('Cancel keeps the window and the changes', () => {
    const { state, effects } = run([attempt(true), { type: 'answer', answer: 'cancel' }]);
    expect(state).toEqual({ phase: 'open' });
    expect(effects).not.toContain('close-window');
  });

  it("Don't Save discards the recovery entry and closes", () => {
    const { effects } = run([attempt(true), { type: 'answer', answer: 'discard' }, attempt(true)]);
    expect(effects).toEqual(['prevent-close', 'ask', 'discard-recovery', 'close-window', 'allow-close']);
  });

  it('Save asks the page to save and closes only once the document is clean', () => {
    const saving = run([attempt(true), { type: 'answer', answer: 'save' }]);
    expect(saving.state.phase).toBe('saving');
    expect(saving.effects).toEqual(['prevent-close', 'ask', 'request-save']);
    const stillDirty = run([{ type: 'document-state', dirty: true }], saving.state);
    expect(stillDirty.effects).toEqual([]);
    const saved = run([{ type: 'document-state', dirty: false }, attempt(false)], saving.state);
    expect(saved.effects).toEqual(['close-window', 'allow-close']);
  });

  it('keeps the window when the page reports its save was cancelled or failed', () => {
    const { state, effects } = run([attempt(true), { type: 'answer', answer: 'save' }, { type: 'page-response', decision: 'cancel' }]);
    expect(state).toEqual({ phase: 'open' });
    expect(effects).not.toContain('close-window');
  });

  it('asks again if the user closes while a save never reported back', () => {
    const { state, effects } = run([attempt(true), { type: 'answer', answer: 'save' }, attempt(true)]);
    expect(state.phase).toBe('asking');
    expect(effects.slice(-2)).toEqual(['prevent-close', 'ask']);
  });

  it('quits again after saving when the close came from quitting', () => {
    const { effects } = run([attempt(true, true), { type: 'answer', answer: 'save' }, { type: 'page-response', decision: 'close' }]);
    expect(effects).toEqual(['prevent-close', 'ask', 'request-save', 'close-window', 'quit-app']);
  });

  it('does not stack dialogs when close is pressed twice', () => {
    expect(run([attempt(true), attempt(true)]).effects).toEqual(['prevent-close', 'ask', 'prevent-close']);
  });

  it('ignores stray answers and page responses', () => {
    expect(run([{ type: 'answer', answer: 'discard' }, { type: 'page-response', decision: 'close' }, { type: 'document-state', dirty: false }])).toEqual({
      state: { phase: 'open' },
      effects: [],
    });
  });

  it('never closes a dirty window without an answer (exhaustive over short event sequences)', () => {
    const events: CloseEvent[] = [attempt(true), attempt(true, true), { type: 'document-state', dirty: true }, { type: 'page-response', decision: 'cancel' }, { type: 'answer', answer: 'cancel' }];
    const sequences = (n: number): CloseEvent[][] => (n === 0 ? [[]] : sequences(n - 1).flatMap((s) => events.map((e) => [...s, e])));
    for (const sequence of sequences(4)) {
      const { effects } = run(sequence);
      expect(effects).not.toContain('allow-close');
      expect(effects).not.toContain('close-window');
    }
  });
});
