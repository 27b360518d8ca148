/**
 * fast-check, seeded: every run of the suite (and CI) draws the same inputs, so a test fails only
 * when the code changes. `FC_SEED=random` explores fresh inputs, `FC_SEED=<n>` replays a run; a
 * counterexample found so belongs in the regression list of its test once mended.
 */
import fc from 'fast-check';

const seed = process.env.FC_SEED === 'random' ? undefined : Number(process.env.FC_SEED ?? 20_261_127);
if (seed !== undefined) fc.configureGlobal({ seed });

export { fc };
