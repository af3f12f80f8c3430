import type { Stores } from '../ports/stores.js';

/**
 * The store writes that make a turn "done" for a redelivery: once one of these has succeeded, repeating the turn
 * would change something twice. Counters, audit entries and dedupe keys do not count (a burnt reference number
 * or a second audit line is harmless; a second case is not).
 */
const WRITES: { readonly [K in keyof Stores]?: readonly string[] } = {
  cases: ['insert', 'replace'],
  referrals: ['insert'],
};

export interface WriteJournal {
  readonly stores: Stores;
  /** True once a counted write resolved with anything but `false` (a refused insert or stale replace). */
  hasWritten(): boolean;
}

/** Wraps the stores of one turn so that the pipeline knows whether the turn changed anything. */
export function journalWrites(stores: Stores): WriteJournal {
  let wrote = false;
  const watch = <T extends object>(target: T, methods: readonly string[]): T =>
    new Proxy(target, {
      get(obj, prop, receiver) {
        const value: unknown = Reflect.get(obj, prop, receiver);
        if (typeof value !== 'function' || !methods.includes(String(prop))) return value;
        return async (...args: unknown[]) => {
          const result: unknown = await (value as (...a: unknown[]) => unknown).apply(obj, args);
          if (result !== false) wrote = true;
          return result;
        };
      },
    });
  const wrapped: Record<string, unknown> = { ...stores };
  for (const [name, methods] of Object.entries(WRITES))
    wrapped[name] = watch(stores[name as keyof Stores] as object, methods);
  return { stores: wrapped as unknown as Stores, hasWritten: () => wrote };
}
