/**
 * ClassifierTester: valid and invalid cases for a classifier, run through a real moderator.
 */
import type { Classifier } from '../classifier.js';
import { builtinClassifiers } from '../classifiers/index.js';
import type { Comment } from '../comment.js';
import type { Action, Reason } from '../decision.js';
import { createModeratorWith } from '../moderator.js';

/** A case: a body, or a whole comment, with options for the classifier. */
export type TesterCase = string | { comment: string | Comment; options?: Record<string, unknown>; name?: string };

/** What an invalid case must report, one entry per reason, in order. */
export interface ExpectedReason {
  messageId: string;
  action?: Action;
  /** The evidence texts, in order (each checked to be the exact slice of the body). */
  evidence?: string[];
  /** The category, when the classifier reports several. */
  category?: string;
}

/** Cases for {@link ClassifierTester.run}. */
export interface TesterCases {
  /** Comments the classifier must report nothing about. */
  valid: TesterCase[];
  /** Comments it must report exactly these findings about. */
  invalid: (Exclude<TesterCase, string> & { reasons: ExpectedReason[] })[];
}

/** A test registration function, such as uvu's `test` or node:test's `it`. */
export type TestFunction = (name: string, body: () => Promise<void>) => void;

/**
 * Runs valid/invalid cases against a classifier (built-in or plug-in) through `createModerator`.
 * It fails on unknown message ids, on reasons with an empty message, and on evidence that is not the
 * exact slice of the body.
 *
 * @example
 * import { test } from 'uvu';
 * new ClassifierTester({ test }).run(myClassifier, {
 *   valid: ['A calm comment.'],
 *   invalid: [{ comment: 'BUY NOW', reasons: [{ messageId: 'shouting' }] }],
 * });
 * test.run();
 */
export class ClassifierTester {
  private readonly test: TestFunction | undefined;

  /** Without a `test` function, `run` returns a promise that rejects on the first failing case. */
  constructor(options: { test?: TestFunction } = {}) {
    this.test = options.test;
  }

  run(classifier: Classifier, cases: TesterCases): Promise<void> {
    const checks: [string, () => Promise<void>][] = [];
    cases.valid.forEach((entry, index) => {
      checks.push([`${classifier.id} valid #${index + 1}: ${caseName(entry)}`, async () => this.expect(classifier, entry, [])]);
    });
    cases.invalid.forEach((entry, index) => {
      for (const expected of entry.reasons) {
        if (classifier.meta.messages[expected.messageId] === undefined) {
          throw new Error(`${classifier.id} invalid #${index + 1}: unknown messageId \`${expected.messageId}\` (known: ${Object.keys(classifier.meta.messages).join(', ')})`);
        }
      }
      if (entry.reasons.length === 0) throw new Error(`${classifier.id} invalid #${index + 1}: an invalid case must expect at least one reason`);
      checks.push([`${classifier.id} invalid #${index + 1}: ${caseName(entry)}`, async () => this.expect(classifier, entry, entry.reasons)]);
    });
    if (this.test !== undefined) {
      for (const [name, body] of checks) this.test(name, body);
      return Promise.resolve();
    }
    return checks.reduce<Promise<void>>((previous, [name, body]) => previous.then(() => body().catch((error: Error) => {
      throw new Error(`${name}: ${error.message}`);
    })), Promise.resolve());
  }

  private async expect(classifier: Classifier, entry: TesterCase, expected: ExpectedReason[]): Promise<void> {
    const comment = typeof entry === 'string' ? { body: entry } : typeof entry.comment === 'string' ? { body: entry.comment } : entry.comment;
    const options = typeof entry === 'string' ? {} : entry.options ?? {};
    const builtin = builtinClassifiers.includes(classifier);
    const settings: Record<string, unknown> = {};
    for (const other of builtinClassifiers) if (other !== classifier) settings[other.id] = false;
    settings[classifier.id] = options;
    const moderator = await createModeratorWith(
      {},
      { rules: { name: 'classifier-tester', version: 1, classifiers: settings as never }, classifiers: builtin ? [] : [classifier] },
    );
    const decision = await moderator.moderate(comment);
    const reasons = decision.reasons.filter((reason) => reason.source === `classifier:${classifier.id}`);
    for (const reason of reasons) checkReason(reason, comment.body);
    const got = reasons.map((reason) => reason.code.slice(reason.code.indexOf('.') + 1));
    const want = expected.map((reason) => reason.messageId);
    if (got.join('|') !== want.join('|')) {
      throw new Error(`expected findings [${want.join(', ')}], got [${got.join(', ')}]${describe(reasons)}`);
    }
    expected.forEach((want, index) => {
      const reason = reasons[index] as Reason;
      if (want.action !== undefined && reason.action !== want.action) {
        throw new Error(`finding ${want.messageId}: expected action \`${want.action}\`, got \`${reason.action}\``);
      }
      if (want.category !== undefined && reason.category !== want.category) {
        throw new Error(`finding ${want.messageId}: expected category \`${want.category}\`, got \`${String(reason.category)}\``);
      }
      const texts = reason.evidence?.map((evidence) => evidence.text) ?? [];
      if (want.evidence !== undefined && texts.join('|') !== want.evidence.join('|')) {
        throw new Error(`finding ${want.messageId}: expected evidence [${want.evidence.join(', ')}], got [${texts.join(', ')}]`);
      }
    });
  }
}

function checkReason(reason: Reason, body: string): void {
  if (reason.code === 'classifier.error' || reason.code === 'classifier.timeout') throw new Error(reason.message);
  if (reason.message.trim() === '') throw new Error(`reason \`${reason.code}\` has an empty message`);
  for (const evidence of reason.evidence ?? []) {
    if (body.slice(evidence.start, evidence.end) !== evidence.text) {
      throw new Error(`reason \`${reason.code}\`: evidence [${evidence.start}, ${evidence.end}) is not \`${evidence.text}\` in the body`);
    }
  }
}

function caseName(entry: TesterCase): string {
  const name = typeof entry === 'string' ? entry : entry.name ?? (typeof entry.comment === 'string' ? entry.comment : entry.comment.body);
  return name.length > 60 ? `${name.slice(0, 57)}...` : name;
}

function describe(reasons: Reason[]): string {
  return reasons.length === 0 ? '' : `: ${reasons.map((reason) => reason.message).join(' | ')}`;
}
