/** Time-limited leases, so that one instance at a time runs a cluster-wide job such as the retention purge. */
export interface LeaseStore {
  /**
   * Takes (or renews) the lease `name` for `holder` until `until`. Resolves `false` when another holder's lease is
   * still valid at `now` or another instance took it at the same moment.
   */
  acquire(name: string, holder: string, now: Date, until: Date): Promise<boolean>;
}
