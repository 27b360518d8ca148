// Moderates a handful of comments with the bundled default rules and prints each decision.
// Run from the repository: `npm run example` (it builds first, then imports the built package).
import { createModerator } from 'comment-moderation';

const comments = [
  { id: 1, body: 'Thanks for the clear explanation of the budget vote.' },
  { id: 2, body: '   ' },
  { id: 3, body: '<p>The full report is <a href="https://www.gao.gov/">here</a>.</p>', format: 'html' },
  { id: 4, body: 'A very long comment. '.repeat(600) },
  { id: 5, body: 'First!', author: { name: 'Staff writer', trusted: true } },
];

const moderator = await createModerator();
for (const decision of await moderator.moderateMany(comments)) {
  if ('error' in decision) {
    console.log(`#${decision.index}: unreadable comment: ${decision.error.message}`);
    continue;
  }
  const why = decision.reasons.map((reason) => `${reason.code}: ${reason.message}`).join(' | ') || 'no findings';
  console.log(`#${decision.commentId} ${decision.action.padEnd(7)} [${decision.labels.join(', ')}] ${why}`);
}
