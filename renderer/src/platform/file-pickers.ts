/**
 * Files in a plain web page: pick one with <input type=file>, hand one back as a download.
 * Both work in every browser and under test automation (file chooser and download events).
 */

/** Largest project file the page reads; a project past this is surely something else. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Ask the user for a file; resolves null when the picker is dismissed. */
export function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    let settled = false;
    const done = (file: File | null) => {
      if (settled) return;
      settled = true;
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => done(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => done(null));
    document.body.append(input);
    input.click();
  });
}

/** Ask for several files, or one folder (`folder`); resolves [] when the picker is dismissed. */
export function pickFiles(accept: string, folder: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    if (folder) input.setAttribute('webkitdirectory', '');
    else input.accept = accept;
    input.style.display = 'none';
    let settled = false;
    const done = (files: File[]) => {
      if (settled) return;
      settled = true;
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => done([...(input.files ?? [])]));
    input.addEventListener('cancel', () => done([]));
    document.body.append(input);
    input.click();
  });
}

/** Offer `text` (or bytes) as a file download named `name`. */
export function downloadText(name: string, text: string | Uint8Array, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A short, stable fingerprint of a text (FNV-1a), standing in for the disk version in the browser. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${text.length}-${(h >>> 0).toString(16)}`;
}

/** `shop` -> `shop.decamp.json`; names that already end so are kept. */
export function projectFileName(name: string): string {
  const base = name.trim().replace(/[\\/:*?"<>|]+/g, '-') || 'project';
  return /\.decamp\.json$/i.test(base) ? base : `${base.replace(/\.json$/i, '')}.decamp.json`;
}
