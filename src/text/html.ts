/**
 * Turns an HTML comment body into plain text for analysis while remembering, for every text
 * character, which span of the original body it came from, so evidence can point into the body.
 */
import { decodeHTML } from 'entities';

/** A link found in an `href` attribute. */
export interface HtmlLink {
  /** The decoded attribute value. */
  url: string;
  /** Span of the attribute value in the ORIGINAL body. */
  start: number;
  end: number;
}

/** Plain text extracted from HTML, with the way back into the body. */
export interface HtmlText {
  text: string;
  /** For text index i, the body span [start[i], end[i]) it came from. */
  start: Int32Array;
  end: Int32Array;
  links: HtmlLink[];
}

// Tags after which words must not run together ("<p>one</p><p>two</p>" is two words).
const BREAKING_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'td', 'th', 'tr', 'ul',
]);
// Their content is not text a reader sees.
const RAW_CONTENT_TAGS = new Set(['script', 'style', 'template', 'textarea', 'noscript']);

const ENTITY = /&(?:#\d+|#[xX][\da-fA-F]+|[A-Za-z][A-Za-z\d]*);?/g;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const TAG_NAME = /^<\/?([A-Za-z][A-Za-z\d-]*)/;

class TextBuilder {
  readonly parts: string[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];

  /** Appends body[from, to) with entities decoded. */
  addBodyText(body: string, from: number, to: number): void {
    ENTITY.lastIndex = from;
    let cursor = from;
    for (let match = ENTITY.exec(body); match !== null && match.index < to; match = ENTITY.exec(body)) {
      const matchEnd = Math.min(match.index + match[0].length, to);
      const decoded = decodeHTML(body.slice(match.index, matchEnd));
      if (decoded === body.slice(match.index, matchEnd)) continue;
      this.addVerbatim(body, cursor, match.index);
      this.addSynthetic(decoded, match.index, matchEnd);
      cursor = matchEnd;
      ENTITY.lastIndex = matchEnd;
    }
    this.addVerbatim(body, cursor, to);
  }

  /** Appends text that stands for the whole body span [from, to) (a decoded entity, a tag break). */
  addSynthetic(text: string, from: number, to: number): void {
    for (let index = 0; index < text.length; index++) {
      this.parts.push(text[index] as string);
      this.starts.push(from);
      this.ends.push(to);
    }
  }

  private addVerbatim(body: string, from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(body.slice(from, to));
    for (let index = from; index < to; index++) {
      this.starts.push(index);
      this.ends.push(index + 1);
    }
  }

  lastCharacter(): string | undefined {
    const last = this.parts[this.parts.length - 1];
    return last === undefined ? undefined : last[last.length - 1];
  }
}

/** Where the tag that opens at `from` ends (index after `>`), or -1 when it does not close. */
function findTagEnd(body: string, from: number): number {
  if (body.startsWith('<!--', from)) {
    const close = body.indexOf('-->', from + 4);
    return close === -1 ? -1 : close + 3;
  }
  let quote = '';
  for (let index = from + 1; index < body.length; index++) {
    const character = body[index];
    if (quote !== '') {
      if (character === quote) quote = '';
    } else if (character === '"' || character === "'") {
      quote = character;
    } else if (character === '>') {
      return index + 1;
    }
  }
  return -1;
}

function isTagStart(body: string, index: number): boolean {
  const next = body.charCodeAt(index + 1);
  // letters, '/', '!' and '?': anything else ("a < b") is a literal less-than sign.
  return (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 47 || next === 33 || next === 63;
}

/**
 * Strips tags, drops script/style content, decodes entities and collects `href`s, keeping a map
 * from each text character back to the body.
 *
 * @example
 * const { text, links } = htmlToText('<p>See <a href="https://example.org">this</a> &amp; that</p>');
 * // text: '\nSee this & that\n', links[0].url: 'https://example.org'
 */
export function htmlToText(body: string): HtmlText {
  const builder = new TextBuilder();
  const links: HtmlLink[] = [];
  let cursor = 0;
  let index = body.indexOf('<');
  while (index !== -1) {
    const tagEnd = isTagStart(body, index) ? findTagEnd(body, index) : -1;
    if (tagEnd === -1) {
      index = body.indexOf('<', index + 1);
      continue;
    }
    builder.addBodyText(body, cursor, index);
    const tag = body.slice(index, tagEnd);
    const name = TAG_NAME.exec(tag)?.[1]?.toLowerCase();
    cursor = tagEnd;
    if (name !== undefined) {
      if (name === 'a' && tag[1] !== '/') collectHref(body, tag, index, links);
      if (BREAKING_TAGS.has(name) && builder.lastCharacter() !== '\n') builder.addSynthetic('\n', index, tagEnd);
      if (RAW_CONTENT_TAGS.has(name) && tag[1] !== '/') {
        const close = body.toLowerCase().indexOf(`</${name}`, tagEnd);
        cursor = close === -1 ? body.length : findTagEnd(body, close) === -1 ? body.length : findTagEnd(body, close);
      }
    }
    index = body.indexOf('<', cursor);
  }
  builder.addBodyText(body, cursor, body.length);
  return {
    text: builder.parts.join(''),
    start: Int32Array.from(builder.starts),
    end: Int32Array.from(builder.ends),
    links,
  };
}

function collectHref(body: string, tag: string, tagStart: number, links: HtmlLink[]): void {
  const match = HREF.exec(tag);
  if (match === null) return;
  const raw = match[1] ?? match[2] ?? match[3] ?? '';
  const valueStart = tagStart + match.index + match[0].length - raw.length - (match[3] === undefined ? 1 : 0);
  links.push({ url: decodeHTML(raw).trim(), start: valueStart, end: valueStart + raw.length });
}
