/** Keeps at most `limit` pending results and hands them to a sink in submission order. @internal */
export interface OrderedQueue<T> {
  /**
   * Adds a pending result; when `limit` are pending, waits for the oldest and sinks it first.
   * Resolves false once the sink asked to stop.
   */
  push(pending: Promise<T>): Promise<boolean>;
  /** Sinks every remaining result in order; resolves false if the sink asked to stop. */
  drain(): Promise<boolean>;
}

/**
 * Creates an {@link OrderedQueue}: results may complete in any order (worker threads), the sink sees
 * them in the order they were pushed, and at most `limit` are in flight (bounded memory). The sink
 * returns false to stop; later results are then dropped. A rejected result rejects push/drain.
 *
 * @internal
 */
export function createOrderedQueue<T>(limit: number, sink: (value: T) => Promise<boolean> | boolean): OrderedQueue<T> {
  const fifo: Promise<T>[] = [];
  const state = { stopped: false };
  const running = (): boolean => !state.stopped;

  const sinkOldest = async (): Promise<void> => {
    const value = await (fifo.shift() as Promise<T>); // callers check that fifo is not empty
    if (!state.stopped && !(await sink(value))) {
      state.stopped = true;
      for (const dropped of fifo.splice(0)) dropped.catch(() => undefined);
    }
  };

  return {
    async push(pending) {
      if (state.stopped) {
        pending.catch(() => undefined);
        return false;
      }
      pending.catch(() => undefined); // handled when sunk; avoids an early unhandled-rejection report
      fifo.push(pending);
      while (fifo.length >= limit && running()) await sinkOldest();
      return running();
    },
    async drain() {
      while (fifo.length > 0 && running()) await sinkOldest();
      return running();
    },
  };
}
