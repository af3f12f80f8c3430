/**
 * Calls `onGone` once the process that started this one has died (any way, SIGKILL included): a process whose
 * parent dies is adopted by another, so its `ppid` changes. Polls; the timer does not keep the process alive.
 */
export function watchParent(onGone: () => void, intervalMs = 250): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onGone();
  }, intervalMs);
  timer.unref();
}
