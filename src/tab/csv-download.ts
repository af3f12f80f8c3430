import { api, type ApiResult, type AuthHeaders } from './api.js';
import type { Grouping } from './figures-json.js';

/**
 * Downloads the period's CSV. A plain link cannot carry the Authorization header, so the file is fetched and
 * saved from a blob.
 */
export async function downloadCsv(
  period: string,
  grouping: Grouping,
  auth: AuthHeaders,
): Promise<ApiResult<void>> {
  const csv = await api.csv(period, grouping, auth);
  if (!csv.ok) return csv;
  const url = URL.createObjectURL(csv.value);
  const link = document.createElement('a');
  link.href = url;
  link.download = `tym-figures-${period}-${grouping}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { ok: true, value: undefined };
}
