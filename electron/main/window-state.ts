/**
 * The window comes back where the user left it: size, position and maximized state in
 * userData/window-state.json, moved back onto a display if that display is gone.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { createJsonStore } from '../services/json-store';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowState extends Rect {
  readonly maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
/** How much of the title bar must be on a display for the user to grab it. */
const MIN_VISIBLE = { width: 160, height: 40 } as const;

function overlap(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const width = Math.min(a.x + a.width, b.x + b.width) - x;
  const height = Math.min(a.y + a.height, b.y + b.height) - y;
  return width > 0 && height > 0 ? { x, y, width, height } : null;
}

/** Centred on `area`, no larger than it. */
function centred(area: Rect, size: { width: number; height: number }): Rect {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return { x: Math.round(area.x + (area.width - width) / 2), y: Math.round(area.y + (area.height - height) / 2), width, height };
}

/**
 * Where to open the window: the saved bounds if their title bar is reachable on some display
 * (shrunk to fit it), otherwise the saved size centred on the primary display. Pure.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rect[], primary: Rect): WindowState {
  if (!saved) return { ...centred(primary, DEFAULT_SIZE), maximized: false };
  const titleBar: Rect = { x: saved.x, y: saved.y, width: saved.width, height: MIN_VISIBLE.height };
  const home = workAreas.find((area) => {
    const seen = overlap(titleBar, area);
    return seen !== null && seen.width >= Math.min(MIN_VISIBLE.width, saved.width) && seen.height >= Math.min(MIN_VISIBLE.height, saved.height);
  });
  if (!home) return { ...centred(primary, saved), maximized: saved.maximized };
  const width = Math.min(saved.width, home.width);
  const height = Math.min(saved.height, home.height);
  const x = Math.min(Math.max(saved.x, home.x), home.x + home.width - width);
  const y = Math.min(Math.max(saved.y, home.y), home.y + home.height - height);
  return { x, y, width, height, maximized: saved.maximized };
}

const WindowStateSchema = z
  .object({
    x: z.number().int(),
    y: z.number().int(),
    width: z.number().int().min(200).max(100_000),
    height: z.number().int().min(150).max(100_000),
    maximized: z.boolean(),
  })
  .nullable()
  .catch(null);

export function createWindowStateStore(userDataDir: string) {
  const store = createJsonStore(join(userDataDir, 'window-state.json'), WindowStateSchema, () => null);
  return {
    read: (): Promise<WindowState | null> => store.read(),
    write: (state: WindowState): Promise<void> => store.write(state),
  };
}
