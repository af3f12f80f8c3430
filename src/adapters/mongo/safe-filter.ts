import { StoreError } from '../../ports/store-error.js';

/**
 * Guards for values that end up in a MongoDB filter. A value parsed from JSON can be an object such as
 * `{ "$ne": null }`, which the driver would run as an operator and so match every document; these refuse
 * anything but the expected primitive before the driver sees it.
 */
export function requireString(value: unknown, name: string, operation: string): string {
  if (typeof value === 'string') return value;
  throw new StoreError(operation, {
    cause: new TypeError(`${name} must be a string, got ${describe(value)}`),
  });
}

/** A whole number within `min`…`max` (versions, years, limits); NaN and objects are refused alike. */
export function requireInteger(
  value: unknown,
  name: string,
  operation: string,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  throw new StoreError(operation, {
    cause: new TypeError(`${name} must be an integer in ${min}…${max}, got ${describe(value)}`),
  });
}

/** A valid Date (cutoffs, claim times); a string or an operator object would compare differently. */
export function requireDate(value: unknown, name: string, operation: string): Date {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
  throw new StoreError(operation, {
    cause: new TypeError(`${name} must be a valid Date, got ${describe(value)}`),
  });
}

// The type only, never the value: it may be user input.
const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
