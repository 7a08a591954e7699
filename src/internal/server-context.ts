/**
 * What a widget rendered on the server (src/server.ts) cannot learn from a page it does not have: which named
 * slots the page fills. The server sets it around one synchronous render; in the browser it is never read.
 */
let filledSlots: ReadonlySet<string> = new Set();

/** The slots the element being rendered on the server has light-DOM children for. */
export const serverFilledSlots = (): ReadonlySet<string> => filledSlots;

/** Runs `render` (synchronously) with `slots` as the filled slots, then forgets them. */
export function withServerSlots<R>(slots: Iterable<string>, render: () => R): R {
  filledSlots = new Set(slots);
  try {
    return render();
  } finally {
    filledSlots = new Set();
  }
}
