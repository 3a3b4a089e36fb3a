/**
 * At most one update per animation frame, the newest winning. The first update of a frame runs at
 * once, so that a key press or a click is answered in the frame it arrives in; updates arriving
 * after it in the same frame wait, and only the last of them runs, at the start of the next frame
 * (`requestAnimationFrame`). A slider dragged fast (several input events a frame on some devices)
 * then costs one recomputation and one redraw of the charts per frame, never a queue of stale ones.
 *
 * @param requestFrame - calls its argument at the start of the next frame (`requestAnimationFrame` in the page)
 * @returns schedule(update): runs `update` now, or at the start of the next frame in place of any update waiting there
 */
export function oncePerFrame(requestFrame: (callback: () => void) => unknown): (update: () => void) => void {
  let busy = false;
  let waiting: (() => void) | null = null;
  const run = (update: () => void): void => {
    busy = true;
    requestFrame(() => {
      busy = false;
      const next = waiting;
      waiting = null;
      if (next !== null) run(next);
    });
    update();
  };
  return (update) => {
    if (busy) waiting = update;
    else run(update);
  };
}
