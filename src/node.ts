export * from './public.js';
export * from './hosts/node.js';
