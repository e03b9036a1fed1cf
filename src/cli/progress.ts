/** A snapshot of a run, for the progress bar. @internal */
export interface ProgressState {
  readonly bytesDone: number;
  readonly bytesTotal: number;
  readonly docs: number;
  readonly elapsedMs: number;
}

const BAR_WIDTH = 24;

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${(bytes / (1024 * 1024 * 1024)).toFixed(2)} GB`;
}

function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const mmss = `${String(m).padStart(h > 0 ? 2 : 1, '0')}:${String(s % 60).padStart(2, '0')}`;
  return h > 0 ? `${h}:${mmss}` : mmss;
}

/**
 * One progress line: bar, percent, bytes, documents per second and ETA, e.g.
 * `[############------------]  50%  13.5 MB / 27.0 MB  4,000 docs/s  ETA 0:03`.
 *
 * @internal
 */
export function formatProgress(state: ProgressState): string {
  const total = Math.max(state.bytesTotal, 1);
  const fraction = Math.min(Math.max(state.bytesDone / total, 0), 1);
  const filled = Math.round(fraction * BAR_WIDTH);
  const seconds = state.elapsedMs / 1000;
  const docsPerSecond = seconds > 0 ? Math.round(state.docs / seconds) : 0;
  const bytesPerSecond = seconds > 0 ? state.bytesDone / seconds : 0;
  const eta = bytesPerSecond > 0 ? formatDuration((state.bytesTotal - state.bytesDone) / bytesPerSecond) : '--:--';
  return (
    `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}%  ` +
    `${formatBytes(state.bytesDone)} / ${formatBytes(state.bytesTotal)}  ` +
    `${docsPerSecond.toLocaleString('en-US')} docs/s  ETA ${eta}`
  );
}

/** Updates a progress line on a terminal, at most once per interval. @internal */
export interface ProgressReporter {
  /** Records progress; redraws when the interval has passed. */
  update(bytesDelta: number, docsDelta: number): void;
  /** Draws the final state and ends the line. */
  finish(): void;
}

/**
 * Creates a {@link ProgressReporter} writing `\r`-redrawn lines through `write`, with an injected
 * clock. A reporter that does nothing is used when stderr is not a TTY or the size is unknown.
 *
 * @internal
 */
export function createProgressReporter(
  bytesTotal: number,
  write: (text: string) => void,
  now: () => number,
  intervalMs = 200,
): ProgressReporter {
  const started = now();
  let lastDraw = Number.NEGATIVE_INFINITY;
  let bytesDone = 0;
  let docs = 0;
  const draw = (): void => {
    const t = now();
    lastDraw = t;
    write(`\r${formatProgress({ bytesDone, bytesTotal, docs, elapsedMs: t - started })}`);
  };
  return {
    update(bytesDelta, docsDelta) {
      bytesDone += bytesDelta;
      docs += docsDelta;
      if (now() - lastDraw >= intervalMs) draw();
    },
    finish() {
      draw();
      write('\n');
    },
  };
}

/** The reporter for pipes and unknown sizes: prints nothing. @internal */
export const SILENT_PROGRESS: ProgressReporter = { update: () => undefined, finish: () => undefined };
