/**
 * The explicit registry of built-in classifiers: no scanning, no registration by side effect.
 */
import type { Classifier } from '../classifier.js';
import { incivilityClassifier } from './incivility/index.js';
import { languageClassifier } from './language.js';
import { lengthClassifier } from './length.js';
import { spamClassifier } from './spam/index.js';

/**
 * Every built-in classifier, in the order they run.
 *
 * @example
 * builtinClassifiers.map((classifier) => classifier.id); // ['length', ...]
 */
export const builtinClassifiers: readonly Classifier[] = [lengthClassifier, languageClassifier, incivilityClassifier, spamClassifier];

export { incivilityClassifier } from './incivility/index.js';
export type { IncivilityOptions } from './incivility/index.js';
export { languageClassifier } from './language.js';
export type { LanguageOptions } from './language.js';
export { lengthClassifier } from './length.js';
export { spamClassifier } from './spam/index.js';
export type { SpamOptions } from './spam/index.js';
export type { LengthOptions } from './length.js';
