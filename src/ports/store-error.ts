/** An infrastructure failure of a store (unreachable, timed out, refused). Translated at the edges only. */
export class StoreError extends Error {
  constructor(
    readonly operation: string,
    options?: { cause?: unknown },
  ) {
    super(`store operation failed: ${operation}`, options);
    this.name = 'StoreError';
  }
}
