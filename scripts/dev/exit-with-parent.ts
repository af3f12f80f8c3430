import { watchParent } from './parent-watch.js';

/**
 * Preloaded (`--import`) into the dev stack's children, each the leader of its own process group: when the dev
 * command dies without stopping them (SIGKILL, a crash), the child stops its group (itself and its helpers).
 */
function signalOwnGroup(signal: NodeJS.Signals): void {
  try {
    process.kill(-process.pid, signal);
  } catch {
    process.kill(process.pid, signal); // not a group leader after all
  }
}

watchParent(() => {
  signalOwnGroup('SIGTERM');
  setTimeout(() => signalOwnGroup('SIGKILL'), 3000).unref();
});
