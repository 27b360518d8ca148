/**
 * Length: blank bodies, too short or too long (characters, words), too many lines, and bodies
 * beyond the analysis limit.
 */
import type { Classifier, ClassifierContext } from '../classifier.js';
import type { Action } from '../decision.js';

/** Options of the length classifier; a limit left out is not checked. */
export interface LengthOptions {
  minCharacters?: number;
  maxCharacters?: number;
  minWords?: number;
  maxWords?: number;
  maxLines?: number;
  /** What each finding asks for. */
  actions: {
    empty: Action;
    tooShort: Action;
    tooLong: Action;
    tooManyLines: Action;
    overLimit: Action;
  };
}

const actionSchema = { enum: ['approve', 'flag', 'hold', 'reject', 'spam'] };
const limitSchema = { type: 'integer', minimum: 1 };

/**
 * The length classifier.
 *
 * @example
 * const moderator = await createModerator({
 *   rules: { name: 'site', version: 1, classifiers: { length: { maxCharacters: 2000, actions: { tooLong: 'hold' } } } },
 * });
 */
export const lengthClassifier: Classifier<LengthOptions> = {
  id: 'length',
  meta: {
    kind: 'heuristic',
    description: 'Finds blank comments, comments that are too short or too long, with too many lines, or beyond the analysis limit.',
    category: 'length',
    messages: {
      empty: 'The comment is empty or only white space.',
      'too-short': 'The comment is too short: {{count}} {{unit}}, the minimum is {{limit}}.',
      'too-long': 'The comment is too long: {{count}} {{unit}}, the maximum is {{limit}}.',
      'too-many-lines': 'The comment has too many lines: {{count}}, the maximum is {{limit}}.',
      'over-limit': 'The comment is longer than the analysis limit of {{limit}} characters; only its start was checked.',
    },
    publicMessages: {
      empty: 'Your comment is empty.',
      'too-short': 'Your comment is too short.',
      'too-long': 'Your comment is too long.',
      'too-many-lines': 'Your comment has too many lines.',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        minCharacters: limitSchema,
        maxCharacters: limitSchema,
        minWords: limitSchema,
        maxWords: limitSchema,
        maxLines: limitSchema,
        actions: {
          type: 'object',
          additionalProperties: false,
          properties: {
            empty: actionSchema,
            tooShort: actionSchema,
            tooLong: actionSchema,
            tooManyLines: actionSchema,
            overLimit: actionSchema,
          },
        },
      },
    },
    defaultOptions: {
      maxCharacters: 10_000,
      maxLines: 200,
      actions: { empty: 'reject', tooShort: 'flag', tooLong: 'hold', tooManyLines: 'flag', overLimit: 'hold' },
    },
  },
  create: (options) => (context) => {
    const { analysis } = context;
    const { actions } = options;
    if (analysis.truncated) {
      context.report({ messageId: 'over-limit', data: { limit: analysis.limit }, action: actions.overLimit });
    }
    if (analysis.isBlank) {
      // A blank body is one finding, not also "too short".
      context.report({ messageId: 'empty', action: actions.empty });
      return;
    }
    // A text of n code units has at most n characters and n + 1 lines: short texts are not counted.
    const { length } = analysis.text;
    if (options.minCharacters !== undefined || (options.maxCharacters !== undefined && length > options.maxCharacters)) {
      checkLimit(context, 'characters', analysis.characters, options.minCharacters, options.maxCharacters, actions);
    }
    if (options.minWords !== undefined || options.maxWords !== undefined) checkLimit(context, 'words', analysis.words, options.minWords, options.maxWords, actions);
    if (options.maxLines !== undefined && length >= options.maxLines && analysis.lines > options.maxLines) {
      const data = { count: analysis.lines, limit: options.maxLines };
      context.report({ messageId: 'too-many-lines', data, action: actions.tooManyLines });
    }
  },
};

/** Reports a count under its minimum or over its maximum (no objects made for a count within its limits). */
function checkLimit(context: ClassifierContext<LengthOptions>, unit: 'characters' | 'words', value: number, min: number | undefined, max: number | undefined, actions: LengthOptions['actions']): void {
  if (min !== undefined && value < min) {
    context.report({ messageId: 'too-short', data: { count: value, unit, limit: min }, action: actions.tooShort });
  } else if (max !== undefined && value > max) {
    context.report({ messageId: 'too-long', data: { count: value, unit, limit: max }, action: actions.tooLong });
  }
}
