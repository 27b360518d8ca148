/**
 * Logging through a logger the site passes in (pino or anything with its shape); silent without one.
 */

type LogMethod = (object: Record<string, unknown>, message?: string) => void;

/**
 * The part of a pino logger the library uses. A pino logger fits as it is.
 *
 * @example
 * import pino from 'pino';
 * const moderator = await createModerator({ logger: pino({ level: 'debug' }) });
 */
export interface Logger {
  child(bindings: Record<string, unknown>): Logger;
  isLevelEnabled?(level: string): boolean;
  debug: LogMethod;
  info: LogMethod;
  warn: LogMethod;
  error: LogMethod;
}

/** The library's own view of logging: whether a level is on, and the child logger to write to. */
export interface LibraryLog {
  /** False when no logger was given, or the level is off: call sites skip building log objects. */
  enabled(level: 'debug' | 'info' | 'warn' | 'error'): boolean;
  readonly logger: Logger | undefined;
}

/**
 * Makes the library's one child logger (`{ lib: 'comment-moderation' }`), or a silent stand-in.
 *
 * @example
 * const log = createLibraryLog(pino());
 * if (log.enabled('debug')) log.logger?.debug({ comment: { id: 1 } }, 'moderated');
 */
export function createLibraryLog(logger: Logger | undefined): LibraryLog {
  if (logger === undefined) return { enabled: () => false, logger: undefined };
  const child = logger.child({ lib: 'comment-moderation' });
  return {
    logger: child,
    enabled: (level) => (typeof child.isLevelEnabled === 'function' ? child.isLevelEnabled(level) : true),
  };
}
