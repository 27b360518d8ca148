import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { build } from 'esbuild';
import { builtinModules } from 'node:module';
import vm from 'node:vm';

const builtins = new Set(builtinModules);

async function bundleUniversalEntry(): Promise<{ code: string; nodeImports: string[] }> {
  const nodeImports: string[] = [];
  const result = await build({
    entryPoints: ['src/index.ts'],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'CommentModeration',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'refuse-node-builtins',
        setup(pluginBuild) {
          pluginBuild.onResolve({ filter: /.*/ }, (args) => {
            const bare = args.path.replace(/^node:/, '').split('/')[0] as string;
            if (!args.path.startsWith('node:') && !builtins.has(bare)) return undefined;
            nodeImports.push(`${args.path} (from ${args.importer})`);
            return { path: args.path, external: true };
          });
        },
      },
    ],
  });
  return { code: result.outputFiles[0]?.text ?? '', nodeImports };
}

test('the universal entry bundles for browsers without any Node built-in', async () => {
  const { nodeImports } = await bundleUniversalEntry();
  assert.equal(nodeImports, [], `Node built-ins imported: ${nodeImports.join(', ')}`);
});

test('the bundle moderates with the default rules where code generation from strings is forbidden (edge runtimes)', async () => {
  const { code } = await bundleUniversalEntry();
  const sandbox: Record<string, unknown> = { setTimeout, clearTimeout, AbortController, queueMicrotask, TextDecoder };
  // Edge runtimes refuse eval and new Function: built-in schemas must use precompiled validators.
  const context = vm.createContext(sandbox, { codeGeneration: { strings: false, wasm: false } });
  vm.runInContext(code, context);
  const api = sandbox.CommentModeration as typeof import('../src/index.js');
  const moderator = await api.createModerator({ rules: { name: 'edge', version: 1, extends: 'default', classifiers: { length: { maxCharacters: 50 } } } });
  const decision = moderator.moderateSync({ body: 'x'.repeat(60) });
  assert.is(decision.action, 'hold');
  assert.equal([...decision.labels], ['length', 'length.too-long'], 'arrays from the sandbox are copied: realms differ');
  assert.throws(() => vm.runInContext('new Function("return 1")', context), 'the sandbox really forbids new Function');
});

test.run();
