import { describe, expect, it, vi } from 'vitest';
import { type ClosableWindow, createCloseController } from '../../electron/main/close-controller';
import { createLaunchQueue } from '../../electron/main/launch-queue';
import type { CloseAnswer } from '../../electron/main/close-guard';

class FakeWindow implements ClosableWindow {
  listener: ((e: { preventDefault(): void }) => void) | null = null;
  closed = false;
  on(_event: 'close', listener: (e: { preventDefault(): void }) => void) {
    this.listener = listener;
  }
  /** Like BrowserWindow.close(): fires 'close'; closes unless prevented. */
  close() {
    let prevented = false;
    this.listener?.({ preventDefault: () => (prevented = true) });
    if (!prevented) this.closed = true;
  }
  isDestroyed() {
    return this.closed;
  }
}

const tick = () => new Promise((r) => setTimeout(r, 5));

function setup(answer: CloseAnswer, dirty = { value: true }) {
  const window = new FakeWindow();
  const deps = {
    window,
    isDirty: () => dirty.value,
    isQuitting: () => false,
    askUnsaved: vi.fn(async () => answer),
    sendCommand: vi.fn(),
    discardRecovery: vi.fn(async () => undefined),
    quit: vi.fn(),
  };
  return { window, deps, controller: createCloseController(deps), dirty };
}

describe('close controller', () => {
  it('Save: sends file.save, closes when the page reports the document clean', async () => {
    const { window, deps, controller, dirty } = setup('save');
    window.close();
    expect(window.closed).toBe(false);
    await tick();
    expect(deps.sendCommand).toHaveBeenCalledWith('file.save');
    dirty.value = false;
    controller.documentState(false);
    await tick();
    expect(window.closed).toBe(true);
    expect(deps.discardRecovery).not.toHaveBeenCalled();
  });

  it("Don't Save: discards recovery and closes", async () => {
    const { window, deps } = setup('discard');
    window.close();
    await tick();
    expect(deps.discardRecovery).toHaveBeenCalled();
    expect(window.closed).toBe(true);
  });

  it('Cancel: the window stays', async () => {
    const { window, deps } = setup('cancel');
    window.close();
    await tick();
    expect(window.closed).toBe(false);
    expect(deps.sendCommand).not.toHaveBeenCalled();
  });

  it('a clean window closes without asking', () => {
    const { window, deps } = setup('cancel', { value: false });
    window.close();
    expect(window.closed).toBe(true);
    expect(deps.askUnsaved).not.toHaveBeenCalled();
  });
});

describe('launch queue', () => {
  it('holds OS opens until the page is ready, then delivers the last one; later ones go at once', () => {
    const open = vi.fn();
    const queue = createLaunchQueue(open);
    queue.push('/a.decamp.json');
    queue.push('/b.decamp.json');
    expect(open).not.toHaveBeenCalled();
    queue.ready();
    queue.ready();
    expect(open.mock.calls).toEqual([['/b.decamp.json']]);
    queue.push('/c.decamp.json');
    expect(open.mock.calls).toEqual([['/b.decamp.json'], ['/c.decamp.json']]);
  });
});
