import fc from 'fast-check';

// Property tests are reproducible: CI pins FC_SEED, and a failing run prints its seed and path.
const seed = process.env['FC_SEED'];
if (seed !== undefined && seed !== '') {
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: Number(seed) });
}
