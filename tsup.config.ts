import { defineConfig } from 'tsup';

// Two builds: the universal entry (no Node built-ins, for browsers and edge runtimes) and the Node
// entry plus the CLI. Each is dual ESM + CJS with its own .d.ts / .d.cts.
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    platform: 'neutral',
    target: 'es2022',
    dts: true,
    clean: true,
    sourcemap: true,
    treeshake: true,
  },
  {
    entry: { node: 'src/node.ts' },
    format: ['esm', 'cjs'],
    platform: 'node',
    target: 'node20',
    dts: true,
    sourcemap: true,
    treeshake: true,
  },
  {
    entry: { cli: 'examples/cli/main.ts', 'cli-worker': 'examples/cli/worker.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    // The CLI uses the package's public API only: it imports the built Node entry at run time.
    external: ['comment-moderation'],
    sourcemap: true,
  },
]);
