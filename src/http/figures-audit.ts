/**
 * Viewing the figures is audited without flooding the log: the dashboard asks for several endpoints per page and
 * again on every picker change, so one entry per user, period and view per hour is kept (per process: with N
 * instances at most N). Exports and printed reports are always audited; they are single, deliberate acts.
 */
export class AuditThrottle {
  private readonly until = new Map<string, number>();

  constructor(
    private readonly windowMs = 3_600_000,
    private readonly maxKeys = 10_000,
  ) {}

  /** True the first time a key is seen in the window (the caller then writes the entry). */
  shouldRecord(key: string, now: Date): boolean {
    const t = now.getTime();
    if ((this.until.get(key) ?? 0) > t) return false;
    if (this.until.size >= this.maxKeys) this.prune(t);
    this.until.set(key, t + this.windowMs);
    return true;
  }

  private prune(t: number): void {
    for (const [key, until] of this.until) if (until <= t) this.until.delete(key);
    if (this.until.size >= this.maxKeys) this.until.clear();
  }
}
