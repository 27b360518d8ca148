/**
 * Exemptions: trusted authors, roles and allow-listed authors bypass findings, visibly.
 */
import { topCategory } from '../categories.js';
import type { Comment } from '../comment.js';
import { isOverridable, type Reason } from '../decision.js';
import type { Exemption } from './types.js';

function authorMatches(exemption: Exemption, comment: Comment): string | undefined {
  const author = comment.author;
  if (author === undefined) return undefined;
  if (exemption.trusted === true && author.trusted === true) return 'trusted author';
  const role = exemption.roles?.find((candidate) => author.roles?.includes(candidate));
  if (role !== undefined) return `role \`${role}\``;
  if (exemption.authors !== undefined) {
    const keys = [author.id, author.name, author.email].filter((key): key is string => key !== undefined);
    const listed = exemption.authors.find((entry) => keys.some((key) => key.toLowerCase() === entry.toLowerCase()));
    if (listed !== undefined) return `allow-listed author \`${listed}\``;
  }
  return undefined;
}

function covers(exemption: Exemption, reason: Reason): boolean {
  if (!isOverridable(reason) || reason.overriddenBy !== undefined) return false;
  const top = reason.category === undefined ? undefined : topCategory(reason.category);
  if (exemption.categories !== undefined && (top === undefined || !exemption.categories.includes(top))) return false;
  return exemption.sources === undefined || exemption.sources.includes(reason.source);
}

/**
 * Marks the reasons each matching exemption overrides and adds one `exempt.author` reason per
 * exemption that overrode something, so the decision shows why it was approved.
 *
 * @example
 * applyExemptions([{ id: 'staff', roles: ['staff'] }], comment, reasons);
 */
export function applyExemptions(exemptions: readonly Exemption[], comment: Comment, reasons: Reason[]): void {
  exemptions.forEach((exemption, index) => {
    const who = authorMatches(exemption, comment);
    if (who === undefined) return;
    const source = `exempt:${exemption.id ?? index}`;
    const overridden = reasons.filter((reason) => covers(exemption, reason));
    if (overridden.length === 0) return;
    for (const reason of overridden) reason.overriddenBy = source;
    const codes = [...new Set(overridden.map((reason) => reason.code))].join(', ');
    reasons.push({
      code: 'exempt.author',
      source,
      action: 'approve',
      message: `Exempt (${who}): overrides ${overridden.length} finding${overridden.length === 1 ? '' : 's'} (${codes}).`,
      data: { who, overridden: overridden.length },
    });
  });
}
