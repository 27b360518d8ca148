/**
 * Categories are dotted (`spam.link`, `incivility.insult`): the part before the first dot is the
 * top-level category, which is a decision's label and what exemptions and allow rules name.
 */

/**
 * The top-level category of a category.
 *
 * @example
 * topCategory('spam.link'); // 'spam'
 */
export function topCategory(category: string): string {
  const dot = category.indexOf('.');
  return dot < 0 ? category : category.slice(0, dot);
}
