// Types for xliff.js, which Node runs as plain JavaScript.
export declare const HASH_NOTE: string;
export declare const STALE_STATE: string;
export declare function isUnconfirmedState(state: string | null | undefined): boolean;
export declare function flatten(node: Node): string;
export declare function placeholders(node: Element): string[];
export declare function sourceHash(text: string): string;
export declare function markStale(doc: Document): string[];
export declare function checkXliff(
  doc: Document,
  fileName?: string,
  options?: {
    isDraft?: (id: string | null) => boolean;
    drafts?: string[];
    staleApprovals?: string[];
    unrecordedApprovals?: string[];
  },
): string[];
export declare const APPROVAL_NOTE: string;
export interface ApprovalRecord {
  source?: string;
  target?: string;
  date?: string;
  by?: string;
}
export declare function approvalHashes(unit: Element): { source: string; target: string };
export declare function parseApproval(text: string): ApprovalRecord;
export declare function approvalStatus(unit: Element): {
  reviewed: boolean;
  record: ApprovalRecord | null;
  stale: string;
};
export declare function approvalRefusal(unit: Element): string;
export declare function approveUnit(doc: Document, unit: Element, approval: { by: string; date: string }): string;
export declare function removeHashNote(unit: Element): void;
export declare const TRANSLATOR_NOTE: string;
export declare function canonicalNumber(written: string): string;
export declare function numbersIn(text: string): Set<string>;
export declare function numbersAsWords(unit: Element): Set<string>;
export declare function numberMismatch(
  source: Element,
  target: Element,
  asWords?: Set<string>,
): { missing: string[]; extra: string[] };
