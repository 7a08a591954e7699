import { invalidContentMessage, type ContentIssue } from '../schema/content-issue.js';

/**
 * What the server renderer throws for a widget that would show its error panel (invalid clinic JSON, an unknown
 * study id): its message is what the browser's console says, and `issues` are the panel's lines.
 */
export class KetamineContentError extends Error {
  override name = 'KetamineContentError';

  constructor(
    readonly tag: string,
    readonly issues: readonly ContentIssue[],
  ) {
    super(invalidContentMessage(tag, issues));
  }
}
