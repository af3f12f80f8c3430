export interface PeriodicJob<T> {
  /** Runs once now (after a run in progress). */
  runNow(): Promise<T>;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Runs `work` every `intervalMs`, in the server process. Runs never overlap (a run waits for the one in progress);
 * the timer is unref'd; a tick's result or failure goes to `report`, and the next tick tries again.
 */
export function startPeriodicJob<T>(
  work: () => Promise<T>,
  idle: T,
  intervalMs: number,
  report: { readonly ran: (result: T) => void; readonly failed: (e: unknown) => void },
): PeriodicJob<T> {
  let running: Promise<T> = Promise.resolve(idle);
  let isStopped = false;
  const run = (): Promise<T> => {
    running = running.catch(() => undefined).then(work);
    return running;
  };
  const tick = (): void => {
    if (isStopped) return;
    run().then(report.ran, report.failed);
  };
  const timer = setInterval(tick, intervalMs).unref();
  return {
    runNow: run,
    stop: async () => {
      isStopped = true;
      clearInterval(timer);
      await running.catch(() => undefined);
    },
  };
}
