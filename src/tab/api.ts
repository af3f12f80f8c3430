/**
 * The figures API as typed calls. Refusals are values: the page says why (not signed in, no role) instead of
 * going blank.
 */
import type {
  BottlenecksJson,
  FiguresOptionsJson,
  FiguresReportJson,
  Grouping,
  TrendJson,
} from './figures-json.js';
import type { Lang } from './i18n.js';

export type ApiFailure = 'unauthenticated' | 'forbidden' | 'failed';
export type ApiResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiFailure };

export type AuthHeaders = () => Promise<Record<string, string>>;

const failureOf = (status: number): ApiFailure =>
  status === 401 ? 'unauthenticated' : status === 403 ? 'forbidden' : 'failed';

async function request(path: string, auth: AuthHeaders, signal?: AbortSignal): Promise<ApiResult<Response>> {
  try {
    const headers = { Accept: 'application/json', ...(await auth()) };
    const res = await fetch(path, { headers, credentials: 'same-origin', ...(signal ? { signal } : {}) });
    return res.ok ? { ok: true, value: res } : { ok: false, error: failureOf(res.status) };
  } catch (e) {
    if (signal?.aborted) throw e;
    return { ok: false, error: 'failed' };
  }
}

async function getJson<T>(path: string, auth: AuthHeaders, signal?: AbortSignal): Promise<ApiResult<T>> {
  const res = await request(path, auth, signal);
  if (!res.ok) return res;
  try {
    return { ok: true, value: (await res.value.json()) as T };
  } catch {
    return { ok: false, error: 'failed' };
  }
}

const query = (params: Record<string, string>) => new URLSearchParams(params).toString();

export const api = {
  options: (lang: Lang, auth: AuthHeaders, signal?: AbortSignal) =>
    getJson<FiguresOptionsJson>(`/api/figures/options?${query({ lang })}`, auth, signal),
  figures: (period: string, grouping: Grouping, auth: AuthHeaders, signal?: AbortSignal) =>
    getJson<FiguresReportJson>(`/api/figures?${query({ period, grouping })}`, auth, signal),
  /** The same figures as `figures`, audited as a printed report. */
  report: (period: string, grouping: Grouping, auth: AuthHeaders, signal?: AbortSignal) =>
    getJson<FiguresReportJson>(`/api/figures/report?${query({ period, grouping })}`, auth, signal),
  trend: (grouping: Grouping, auth: AuthHeaders, signal?: AbortSignal) =>
    getJson<TrendJson>(`/api/figures/trend?${query({ grouping })}`, auth, signal),
  bottlenecks: (period: string, area: string, auth: AuthHeaders, signal?: AbortSignal) =>
    getJson<BottlenecksJson>(`/api/figures/bottlenecks?${query({ period, area })}`, auth, signal),
  csv: async (period: string, grouping: Grouping, auth: AuthHeaders): Promise<ApiResult<Blob>> => {
    const res = await request(`/api/figures.csv?${query({ period, grouping })}`, auth);
    return res.ok ? { ok: true, value: await res.value.blob() } : res;
  },
};
