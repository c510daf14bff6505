/**
 * Files the OS asks us to open (argv, second instance, macOS open-file) can arrive before the page
 * has opened its own start-up document. They wait here and are delivered once the page reports its
 * first document state, so the start-up sample never replaces the file the user double-clicked.
 */
export interface LaunchQueue {
  push(filePath: string): void;
  /** The page is ready: deliver everything queued, and from now on deliver at once. */
  ready(): void;
}

export function createLaunchQueue(open: (filePath: string) => void): LaunchQueue {
  let pending: string[] | null = [];
  return {
    push(filePath) {
      if (pending) pending.push(filePath);
      else open(filePath);
    },
    ready() {
      if (!pending) return;
      const queued = pending;
      pending = null;
      // A burst of double-clicks before start-up: only the last one is the document to show.
      const last = queued.at(-1);
      if (last) open(last);
    },
  };
}
