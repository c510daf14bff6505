/**
 * The File System Access API's save dialog, faked in the page (Playwright cannot answer the real one): each call takes the next
 * answer the test queued (a file name, or 'cancel'), and what Decamp writes lands in `window.__savedFiles`, by name, so a test
 * reads exactly what a user would find on disk. `NO_FILE_ACCESS` removes the API, as in Firefox or Safari.
 */
export const FAKE_FILE_ACCESS = `(() => {
  const files = (window.__savedFiles = {});
  const answers = (window.__saveAnswers = []);
  window.__savePickerCalls = 0;
  const handle = (name) => ({
    kind: 'file',
    name,
    async getFile() { return new File([files[name] ?? ''], name, { type: 'application/json' }); },
    async createWritable() {
      let pending = '';
      return { async write(data) { pending += data; }, async close() { files[name] = pending; }, async abort() {} };
    },
    async isSameEntry(other) { return other.name === name; },
    async queryPermission() { return 'granted'; },
    async requestPermission() { return 'granted'; },
  });
  window.showSaveFilePicker = async (options) => {
    window.__savePickerCalls++;
    const answer = answers.length > 0 ? answers.shift() : options.suggestedName;
    if (answer === 'cancel') throw new DOMException('The user aborted a request.', 'AbortError');
    return handle(answer);
  };
})();`;

export const NO_FILE_ACCESS = `for (const o of [window, Window.prototype]) { delete o.showSaveFilePicker; delete o.showOpenFilePicker; }`;
