import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Logger } from '../../ports/logger.js';
import type { Stores } from '../../ports/stores.js';

/**
 * Development only: the in-memory store written to a JSON file and read back at the next start, so that the
 * dev command's data survives a restart. Generic over the memory adapters: every Map, Set, array or plain value
 * an adapter holds is saved by store and field name; fields that are other adapters are left alone.
 */
type Tagged = { $date: string } | { $map: [unknown, unknown][] } | { $set: unknown[] };

function replacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  if (raw instanceof Date) return { $date: raw.toISOString() };
  if (raw instanceof Map) return { $map: [...raw.entries()] };
  if (raw instanceof Set) return { $set: [...raw] };
  return value;
}

function reviver(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const v = value as Partial<Record<'$date' | '$map' | '$set', unknown>>;
  if (typeof v.$date === 'string') return new Date(v.$date);
  if (Array.isArray(v.$map)) return new Map(v.$map as [unknown, unknown][]);
  if (Array.isArray(v.$set)) return new Set(v.$set);
  return value;
}

const isData = (v: unknown) =>
  v instanceof Map ||
  v instanceof Set ||
  Array.isArray(v) ||
  ['string', 'number', 'boolean'].includes(typeof v);

function stateOf(stores: Stores): Record<string, Record<string, unknown>> {
  const state: Record<string, Record<string, unknown>> = {};
  for (const [name, adapter] of Object.entries(stores)) {
    if (adapter === null || typeof adapter !== 'object') continue;
    const fields = Object.entries(adapter as object).filter(([, v]) => isData(v));
    if (fields.length > 0) state[name] = Object.fromEntries(fields);
  }
  return state;
}

function restore(target: Record<string, unknown>, field: string, saved: unknown): void {
  const current = target[field];
  if (current instanceof Map && saved instanceof Map) {
    current.clear();
    for (const [k, v] of saved) current.set(k, v);
  } else if (current instanceof Set && saved instanceof Set) {
    current.clear();
    for (const v of saved) current.add(v);
  } else if (Array.isArray(current) && Array.isArray(saved)) current.splice(0, current.length, ...saved);
  else if (typeof current === typeof saved) target[field] = saved;
}

/** Writes the stores' state atomically (temp file + rename). */
export function saveSnapshot(stores: Stores, file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(stateOf(stores), replacer as never));
  renameSync(`${file}.tmp`, file);
}

/** Loads a snapshot into freshly created memory stores; false when there is none yet. */
export function loadSnapshot(stores: Stores, file: string): boolean {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return false;
  }
  const state = JSON.parse(text, reviver) as Record<string, Record<string, Tagged | unknown>>;
  for (const [name, fields] of Object.entries(state)) {
    const adapter = (stores as unknown as Record<string, unknown>)[name];
    if (adapter === null || typeof adapter !== 'object') continue;
    for (const [field, saved] of Object.entries(fields))
      restore(adapter as Record<string, unknown>, field, saved);
  }
  return true;
}

/** Loads the snapshot now, then saves every `intervalMs` and on `stop()`. */
export function keepSnapshots(stores: Stores, file: string, intervalMs: number, logger: Logger) {
  const loaded = loadSnapshot(stores, file);
  logger.info('store.memory.snapshot', { loaded });
  const save = () => {
    try {
      saveSnapshot(stores, file);
    } catch (e) {
      logger.warn('store.memory.snapshot-failed', { errorName: e instanceof Error ? e.name : typeof e });
    }
  };
  const timer = setInterval(save, intervalMs).unref();
  return {
    stop: () => {
      clearInterval(timer);
      save();
    },
  };
}
