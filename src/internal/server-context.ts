import type { Checked, ContentIssue } from '../schema/content-issue.js';

/**
 * What a widget rendered on the server (src/server.ts) cannot learn from a page it does not have: which named
 * slots the page fills, and the text of its inline JSON child; and where the issues its error panel would list
 * go instead. The server sets it around one synchronous render; in the browser it is never read.
 */
export interface ServerContext {
  /** The named slots the page fills with its own children. */
  slots: ReadonlySet<string>;
  /**
   * The text of the widget's inline `<script type="application/json">` child, and its check with the widget's
   * own schema by the same function the browser uses (loaded by the server beforehand: the render is synchronous).
   */
  inlineJson?: { text: string; validate: () => Checked<unknown> };
  /** Takes the issues the widget's error panel would list (the server refuses to render the widget). */
  reportIssues: (issues: readonly ContentIssue[]) => void;
}

const NONE: ServerContext = { slots: new Set(), reportIssues: () => undefined };
let context = NONE;

/** The slots the element being rendered on the server has light-DOM children for. */
export const serverFilledSlots = (): ReadonlySet<string> => context.slots;

/** The inline JSON child of the element being rendered on the server, if the page gives one. */
export const serverInlineJson = (): ServerContext['inlineJson'] => context.inlineJson;

/** Hands the issues of the element being rendered on the server to the server. */
export const reportServerIssues = (issues: readonly ContentIssue[]): void => context.reportIssues(issues);

/** Runs `render` (synchronously) in `serverContext`, then forgets it. */
export function withServerContext<R>(serverContext: ServerContext, render: () => R): R {
  context = serverContext;
  try {
    return render();
  } finally {
    context = NONE;
  }
}
