import { StoreError } from '../../../src/ports/store-error.js';
import type { Stores } from '../../../src/ports/stores.js';

/** What goes wrong, by operation name (`cases.insert`, `audit.append`, `dedupe.claim`, ...). */
export interface Faults {
  /** The whole store is unreachable: every operation of every port fails, the dedupe store included. */
  isDown: boolean;
  /** These operations fail without doing anything. */
  readonly failing: Set<string>;
  /** These operations do their work and then fail: the write landed, its answer was lost. */
  readonly failingAfterWrite: Set<string>;
  /** These operations do their work and then never answer: the process crashed right after the write. */
  readonly crashingAfterWrite: Set<string>;
}

export type FaultyStores = Stores & { readonly faults: Faults; heal(): void };

/**
 * Real stores behind a switchboard of failures, thrown as the adapters throw them (StoreError). `close` is a no-op:
 * the real stores belong to the test's harness, which may hand them to another app instance ("after a restart").
 */
export function faultyStores(real: Stores): FaultyStores {
  const faults: Faults = {
    isDown: false,
    failing: new Set(),
    failingAfterWrite: new Set(),
    crashingAfterWrite: new Set(),
  };
  const wrap = <T extends object>(port: string, target: T): T =>
    new Proxy(target, {
      get(obj, prop, receiver) {
        const value: unknown = Reflect.get(obj, prop, receiver);
        if (typeof value !== 'function') return value;
        const op = `${port}.${String(prop)}`;
        return async (...args: unknown[]) => {
          if (faults.isDown || faults.failing.has(op)) throw new StoreError(op);
          const result: unknown = await (value as (...a: unknown[]) => unknown).apply(obj, args);
          if (faults.failingAfterWrite.has(op)) throw new StoreError(op);
          if (faults.crashingAfterWrite.has(op)) await new Promise<never>(() => undefined);
          return result;
        };
      },
    });
  // every port the stores have (new ports are covered without touching this file); `close` is not a port
  const ports = Object.fromEntries(
    Object.entries(real).flatMap(([name, port]: [string, unknown]) =>
      port && typeof port === 'object' ? [[name, wrap(name, port)]] : [],
    ),
  ) as Omit<Stores, 'close'>;
  return {
    ...ports,
    faults,
    heal() {
      faults.isDown = false;
      faults.failing.clear();
      faults.failingAfterWrite.clear();
      faults.crashingAfterWrite.clear();
    },
    close: async () => {},
  };
}
