/** Whether the store can serve requests now; `/readyz` asks it. */
export interface StoreHealth {
  /** Resolves when the store answers; rejects (with a StoreError) when it does not. */
  ping(): Promise<void>;
  /** Short name for logs and the start banner, e.g. `memory` or `mongodb`. */
  readonly kind: string;
}
