import { describe, expect, it } from 'vitest';
import { useFreshStores, type MakeStores } from './stores-harness.js';

/** What every ReferenceSequence adapter must do. */
export function describeReferenceSequenceContract(name: string, make: MakeStores): void {
  describe(`ReferenceSequence contract: ${name}`, () => {
    const h = useFreshStores(make);

    it('counts 1, 2, 3 for each prefix and year independently', async () => {
      const seq = h().stores.references;
      const drawn: string[] = [];
      for (const [prefix, year] of [
        ['KUO', 2025],
        ['KUO', 2025],
        ['POR', 2025],
        ['KUO', 2026],
        ['KUO', 2025],
        ['POR', 2025],
      ] as const) {
        drawn.push(`${prefix}-${year}:${await seq.next(prefix, year)}`);
      }
      expect(drawn).toEqual([
        'KUO-2025:1',
        'KUO-2025:2',
        'POR-2025:1',
        'KUO-2026:1',
        'KUO-2025:3',
        'POR-2025:2',
      ]);
    });
  });
}
