/**
 * The board's keyboard drag: ← and → carry a lifted card to the middle of the previous or next
 * wave's column in one press (dnd-kit's default moves it 25 px a press, which took about thirty
 * presses to cross three columns); ↑ and ↓ keep the small steps. The card stays within the target
 * column's height, so a short column still takes it.
 */
import { defaultKeyboardCoordinateGetter, type KeyboardCoordinateGetter } from '@dnd-kit/core';

export const waveColumnCoordinates: KeyboardCoordinateGetter = (event, args) => {
  const { currentCoordinates, context } = args;
  const card = context.collisionRect;
  if ((event.code !== 'ArrowLeft' && event.code !== 'ArrowRight') || card === null) return defaultKeyboardCoordinateGetter(event, args);
  const centre = card.left + card.width / 2;
  let best: { left: number; top: number; width: number; height: number } | undefined;
  for (const container of context.droppableContainers.getEnabled()) {
    const rect = context.droppableRects.get(container.id);
    if (!rect) continue;
    const middle = rect.left + rect.width / 2;
    const ahead = event.code === 'ArrowRight' ? middle - centre : centre - middle;
    if (ahead <= rect.width / 4) continue; // the column it is over, or one behind
    if (best === undefined || ahead < (event.code === 'ArrowRight' ? best.left + best.width / 2 - centre : centre - (best.left + best.width / 2))) best = rect;
  }
  if (best === undefined) return currentCoordinates;
  const top = Math.min(Math.max(card.top, best.top), best.top + Math.max(0, best.height - card.height));
  return { x: currentCoordinates.x + (best.left + best.width / 2 - centre), y: currentCoordinates.y + (top - card.top) };
};
