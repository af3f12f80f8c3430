import type { StoreHealth } from '../../ports/store-health.js';

/** The embedded store lives in the process: it is ready whenever the process is. */
export const memoryStoreHealth: StoreHealth = {
  kind: 'memory',
  ping: () => Promise.resolve(),
};
