import type { Db } from 'mongodb';
import type { StoreHealth } from '../../ports/store-health.js';
import { storeCall } from './store-call.js';

/** `ping` reaches the server (or fails after the client's server selection timeout). */
export function mongoStoreHealth(db: Db): StoreHealth {
  return {
    kind: 'mongodb',
    ping: async () => {
      await storeCall('health.ping', () => db.command({ ping: 1 }));
    },
  };
}
