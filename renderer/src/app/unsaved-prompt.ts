/**
 * The question asked before a document with unsaved changes is replaced, as a promise: the in-app dialog shows while it is open
 * and answers it. One question at a time: a newer one (the OS pushing another file meanwhile) answers the open one Cancel.
 */
import { type UnsavedChoice, type UnsavedPrompt, useAppState } from './app-state';

export function askAboutUnsavedChanges(displayName: string): Promise<UnsavedChoice> {
  useAppState.getState().unsavedPrompt?.answer('cancel');
  return new Promise((resolve) => {
    let settled = false;
    const prompt: UnsavedPrompt = {
      displayName,
      answer(choice) {
        if (settled) return;
        settled = true;
        if (useAppState.getState().unsavedPrompt === prompt) useAppState.getState().set({ unsavedPrompt: null });
        resolve(choice);
      },
    };
    useAppState.getState().set({ unsavedPrompt: prompt });
  });
}
