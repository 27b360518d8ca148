/** Validators compiled at build time for the built-in classifiers' option schemas, by classifier id. */
export declare const precompiledValidators: Record<string, ((data: unknown) => boolean) & { errors?: unknown[] | null }>;
