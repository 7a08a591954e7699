// Which groups of a locale's translations a medical translator has approved,
// for the footer's "not yet checked by a medical translator" line (see
// src/localization/review-status.ts). Run by scripts/split-messages.js at
// `npm run localize:build`; tested in review-status.test.js.
import { isUnconfirmedState } from './xliff.js';

/**
 * Whether one `<trans-unit>` is approved: `approved="yes"` (XLIFF 1.2 puts it on the
 * `<trans-unit>`, as Weblate, Virtaal and translate-toolkit write it), with a
 * translation whose state does not ask for more work.
 */
export function isApproved(unit) {
  const target = unit.getElementsByTagName('target')[0];
  return (
    unit.getAttribute('approved') === 'yes' &&
    Boolean(target?.textContent.trim()) &&
    !isUnconfirmedState(target.getAttribute('state'))
  );
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
