/** A user as the stores key them: Entra object id + tenant. */
interface UserKey {
  readonly userId: string;
  readonly tenantId: string;
}

/**
 * Values kept per user in this process, for the lookups every turn makes. Bounded (the oldest entry goes first) and,
 * with a `ttlMs`, expiring: a change made on another instance shows within that time, one made here at once.
 */
export class PerUserCache<T> {
  private readonly entries = new Map<string, { readonly value: T; readonly until: number }>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly ttlMs = Number.POSITIVE_INFINITY,
    private readonly maxEntries = 10_000,
  ) {}

  /** The cached entry, if any and not expired; `{ value }` so that a cached `undefined` counts as a hit. */
  get(user: UserKey): { readonly value: T } | undefined {
    const hit = this.entries.get(keyOf(user));
    return hit && hit.until > this.now() ? hit : undefined;
  }

  set(user: UserKey, value: T): void {
    const key = keyOf(user);
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { value, until: this.now() + this.ttlMs });
  }
}

const keyOf = (u: UserKey) => `${u.tenantId}|${u.userId}`;
