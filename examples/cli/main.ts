#!/usr/bin/env node
/**
 * The `comment-moderation` command. Not built yet: it prints its usage and exits 2.
 */
const usage = `comment-moderation: the command-line tool is not built yet.

Planned commands:
  comment-moderation moderate <dump> [--rules F] [--format auto|json|jsonl|csv|wxr|disqus] [--map body=COL,...] [--out F] [--workers N] [--report F.html]
  comment-moderation evaluate <dump> --label <field> [--rules F]
  comment-moderation validate <rules.json>

Until then, use the library: import { createModerator } from 'comment-moderation'.
`;
process.stderr.write(usage);
process.exitCode = 2;
