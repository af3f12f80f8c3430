import { useEffect, useState } from 'react';
import type { ApiResult } from './api.js';

export type Resource<T> = { readonly state: 'loading' } | ({ readonly state: 'done' } & ApiResult<T>);

/**
 * Loads once per key (a string of what the call depends on); a newer key aborts the older call, so a fast
 * switch of period never shows the figures of the period before.
 */
export function useResource<T>(
  key: string | undefined,
  load: (signal: AbortSignal) => Promise<ApiResult<T>>,
) {
  const [resource, setResource] = useState<{ key?: string; value: Resource<T> }>({
    value: { state: 'loading' },
  });
  useEffect(() => {
    if (key === undefined) return;
    const controller = new AbortController();
    setResource({ key, value: { state: 'loading' } });
    load(controller.signal).then(
      (r) => controller.signal.aborted || setResource({ key, value: { state: 'done', ...r } }),
      () => undefined,
    );
    return () => controller.abort();
    // `load` closes over exactly what `key` names
  }, [key]);
  return resource.key === key ? resource.value : ({ state: 'loading' } as const);
}
