export * from './public.js';
export * from './hosts/universal.js';
