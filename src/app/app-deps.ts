import type { Area } from '../domain/areas.js';
import type { Clock, IdGenerator } from '../ports/clock.js';
import type { Logger } from '../ports/logger.js';
import type { Stores } from '../ports/stores.js';

/** What every use case may use: the stores, the clock, ids and the areas this deployment offers. */
export interface AppDeps {
  readonly stores: Stores;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly areas: readonly Area[];
  readonly logger: Logger;
}

/** Who acts, as Teams identifies them. */
export interface Actor {
  readonly userId: string;
  readonly tenantId: string;
}
