/**
 * Files dropped on the desktop window. The page sees a dropped File but not where it lives; the
 * preload asks Electron (`webUtils.getPathForFile`) for the path of the real File of the drop, which
 * is empty for any File the page builds itself, and sends it to main, which opens it as the OS
 * would. So a drop is a user's choice the page cannot forge (docs/security.md, the save grant).
 */
import { FILE_DROP_CHANNEL } from '../../shared/ipc';

interface DragEventLike {
  readonly defaultPrevented: boolean;
  readonly dataTransfer: { readonly types: readonly string[]; readonly files: ArrayLike<unknown> } | null;
  preventDefault(): void;
}

export interface DropTarget {
  addEventListener(type: 'dragover' | 'drop', listener: (event: DragEventLike) => void): void;
}

const carriesFiles = (event: DragEventLike) => event.dataTransfer?.types.includes('Files') === true;

export function installFileDrop(target: DropTarget, getPathForFile: (file: never) => string, send: (channel: string, paths: string[]) => void): void {
  // Without this the drop event never fires (and navigateOnDragDrop is off, so nothing would happen at all).
  target.addEventListener('dragover', (event) => {
    if (carriesFiles(event)) event.preventDefault();
  });
  // Bubbling on the window, after the page's own handlers: a drop the page took (preventDefault) is the page's.
  target.addEventListener('drop', (event) => {
    if (event.defaultPrevented || !carriesFiles(event)) return;
    const files = Array.from(event.dataTransfer?.files ?? []);
    const paths = files.map((file) => getPathForFile(file as never)).filter((path) => path !== '');
    if (paths.length === 0) return;
    event.preventDefault();
    send(FILE_DROP_CHANNEL, paths);
  });
}
