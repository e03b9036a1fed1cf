import fc from 'fast-check';
import { scaledRuns } from './runs.js';

// Property tests are reproducible: CI pins FC_SEED, and a failing run prints its seed and path.
const seed = process.env['FC_SEED'];
if (seed !== undefined && seed !== '') {
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: Number(seed) });
}

// Mutation testing runs fewer cases per property (see test/runs.ts); the default count is 100.
const numRuns = scaledRuns(100);
if (numRuns !== 100) fc.configureGlobal({ ...fc.readConfigureGlobal(), numRuns });
