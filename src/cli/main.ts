import { isMainThread } from 'node:worker_threads';
import { createNodeHost } from './node-host.js';
import { runCli } from './run.js';
import { serveBatches } from './worker.js';

declare const TANQIH_VERSION: string;

// The bundle is both the `tanqih` binary and its worker-thread script.
if (isMainThread) {
  // `tanqih … | head`: the reader left, so stop quietly, as other filters do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
  });
  const host = createNodeHost(TANQIH_VERSION, new URL(import.meta.url));
  runCli(process.argv.slice(2), host).then(
    (code) => { process.exitCode = code; },
    (error: unknown) => {
      process.stderr.write(`tanqih: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
} else {
  serveBatches();
}
