// Which groups of a locale's translations a medical translator has approved,
// for the footer's "not yet checked by a medical translator" line (see
// src/localization/review-status.ts). Run by scripts/split-messages.js at
// `npm run localize:build`; tested in review-status.test.js.
import { approvalStatus } from './xliff.js';

/**
 * Whether one `<trans-unit>` is approved by a medical translator: `approved="yes"`, a translated target whose
 * state does not ask for more work, and the approval note `npm run localize:approve` writes, whose fingerprints
 * of the English and of the translation still match both (xliff.js approvalStatus). A tool's own
 * `approved="yes"` (translate-toolkit writes it on every confirm; Poedit keeps it after an edit) does not count.
 */
export function isApproved(unit) {
  return approvalStatus(unit).reviewed;
}

/**
 * Per group, whether every one of its strings is approved in this XLIFF document.
 * `groups` maps message id → { group } (scripts/lib/messages.js); a string missing
 * from the file is not approved. A pseudo-locale (one of the source language, such
 * as en-XA) is machine-made and never counts as reviewed.
 */
export function reviewedGroups(doc, groups, groupNames, { pseudo = false } = {}) {
  const approved = new Set(
    Array.from(doc.getElementsByTagName('trans-unit'))
      .filter(isApproved)
      .map((unit) => unit.getAttribute('id')),
  );
  const reviewed = new Map(groupNames.map((name) => [name, !pseudo]));
  for (const [id, { group }] of groups) {
    if (!approved.has(id)) reviewed.set(group, false);
  }
  return reviewed;
}
