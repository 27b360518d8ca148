/**
 * Message templates: `{{name}}` placeholders filled from a finding's data.
 */

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

/** A template cut at its placeholders: literal text, then each placeholder's name and its own text, in turn. */
type Parts = readonly string[];

/** Templates already cut (a site's templates are few; the bound only guards against templates made per comment). */
const cut = new Map<string, Parts>();
const MOST_TEMPLATES = 1_000;

function partsOf(template: string): Parts {
  let parts = cut.get(template);
  if (parts === undefined) {
    const made: string[] = [];
    let last = 0;
    for (const match of template.matchAll(PLACEHOLDER)) {
      made.push(template.slice(last, match.index), match[1] as string, match[0]);
      last = match.index + match[0].length;
    }
    made.push(template.slice(last));
    parts = made;
    if (cut.size < MOST_TEMPLATES) cut.set(template, parts);
  }
  return parts;
}

/**
 * Fills `{{name}}` placeholders; a placeholder without a value stays visible, so a mistake in a
 * template shows in the message instead of vanishing. (Each template is cut at its placeholders once:
 * a regular expression per message was a hundredth of the pipeline.)
 *
 * @example
 * renderTemplate('Insult aimed at a person: `{{term}}`', { term: 'moron' }); // 'Insult aimed at a person: `moron`'
 */
export function renderTemplate(template: string, data: Readonly<Record<string, unknown>>): string {
  const parts = partsOf(template);
  let text = parts[0] as string;
  for (let index = 1; index < parts.length; index += 3) {
    const value = data[parts[index] as string];
    text += value === undefined || value === null ? (parts[index + 1] as string) : typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(2) : String(value);
    text += parts[index + 2] as string;
  }
  return text;
}
