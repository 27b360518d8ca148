// Everything the library exports that does not depend on the runtime (files, workers).
export * from './comment.js';
export * from './decision.js';
export * from './classifier.js';
export * from './logger.js';
export * from './messages.js';
export * from './stream.js';
export type { Moderator, ModeratorOptions, ModerateOptions } from './moderator.js';
export { AsyncClassifierError } from './pipeline.js';
export * from './classifiers/index.js';
export * from './rules/errors.js';
export * from './rules/types.js';
export { PRESETS } from './rules/load.js';
export * from './testing/classifier-tester.js';
export { TextAnalysis } from './text/analysis.js';
