/**
 * Message templates: `{{name}}` placeholders filled from a finding's data.
 */

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

/**
 * Fills `{{name}}` placeholders; a placeholder without a value stays visible, so a mistake in a
 * template shows in the message instead of vanishing.
 *
 * @example
 * renderTemplate('Insult aimed at a person: `{{term}}`', { term: 'moron' }); // 'Insult aimed at a person: `moron`'
 */
export function renderTemplate(template: string, data: Readonly<Record<string, unknown>>): string {
  return template.replace(PLACEHOLDER, (placeholder, name: string) => {
    const value = data[name];
    if (value === undefined || value === null) return placeholder;
    return typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(2) : String(value);
  });
}
