import { createContext, useContext } from 'react';
import type { AuthHeaders } from './api.js';
import type { Lang, Messages } from './i18n.js';

export interface TabContextValue {
  readonly lang: Lang;
  readonly m: Messages;
  readonly auth: AuthHeaders;
  /** The page's query: the view and, in development, `lang`, `theme` and `as`, which links keep. */
  readonly params: URLSearchParams;
}

export const TabContext = createContext<TabContextValue | undefined>(undefined);

export function useTab(): TabContextValue {
  const value = useContext(TabContext);
  if (!value) throw new Error('useTab outside TabContext');
  return value;
}

const KEPT = ['lang', 'theme', 'as'];

/** A link to another view of the tab that keeps the development choices (language, theme, user). */
export function tabHref(params: URLSearchParams, next: Record<string, string>): string {
  const query = new URLSearchParams();
  for (const key of KEPT) {
    const value = params.get(key);
    if (value !== null) query.set(key, value);
  }
  for (const [key, value] of Object.entries(next)) query.set(key, value);
  return `?${query.toString()}`;
}
