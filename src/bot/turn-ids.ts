import { createHash, randomUUID } from 'node:crypto';
import type { IdGenerator } from '../ports/clock.js';

/**
 * Ids for one turn, derived from its dedupe key: a redelivery of the same activity draws the same ids, so a case
 * or referral written by a first attempt that then failed (or whose answer was lost) is found again instead of
 * written twice. Shaped as version-4 UUIDs. Without a key (an activity without an id) the ids are random.
 */
export function turnIds(key: string | undefined): IdGenerator {
  if (!key) return { newId: () => randomUUID() };
  let n = 0;
  return {
    newId: () => {
      const h = createHash('sha256').update(`${key}#${n++}`).digest('hex');
      const variant = ((parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
  };
}
