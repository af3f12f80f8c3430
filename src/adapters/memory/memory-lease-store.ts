import type { LeaseStore } from '../../ports/lease-store.js';

/** Leases within one process: enough for the embedded store, which cannot be shared between instances anyway. */
export class MemoryLeaseStore implements LeaseStore {
  private readonly leases = new Map<string, { holder: string; expiresAt: Date }>();

  async acquire(name: string, holder: string, now: Date, until: Date): Promise<boolean> {
    const current = this.leases.get(name);
    if (current && current.holder !== holder && current.expiresAt > now) return false;
    this.leases.set(name, { holder, expiresAt: until });
    return true;
  }
}
