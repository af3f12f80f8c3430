/**
 * Where the tab runs: inside Teams (teams-js gives the locale, the theme and an SSO token) or, in development, in
 * a plain browser (`?lang=`, `?theme=`, `?as=` pick the language, theme and the playground user to play).
 */
import { langOf, type Lang } from './i18n.js';

export const THEMES = ['default', 'dark', 'contrast'] as const;
export type ThemeName = (typeof THEMES)[number];

export interface Host {
  readonly isTeams: boolean;
  readonly lang: Lang;
  readonly theme: ThemeName;
  /** Headers that say who asks: a Teams SSO bearer token, or the development user's key. */
  authHeaders(): Promise<Record<string, string>>;
  onThemeChange(handler: (theme: ThemeName) => void): void;
}

/** Development only: the server accepts this header from loopback in development mode and ignores it otherwise. */
const DEV_USER_HEADER = 'x-tym-dev-user';
const TEAMS_START_MS = 5000;

export const themeOf = (name: string | null | undefined): ThemeName =>
  (THEMES as readonly string[]).includes(name ?? '') ? (name as ThemeName) : 'default';

function browserHost(params: URLSearchParams): Host {
  const user = params.get('as') ?? 'evaluator';
  return {
    isTeams: false,
    lang: langOf(params.get('lang')),
    theme: themeOf(params.get('theme')),
    authHeaders: async () => ({ [DEV_USER_HEADER]: user }),
    onThemeChange: () => undefined,
  };
}

const isFramed = () => {
  try {
    return window.self !== window.top;
  } catch {
    return true; // a cross-origin parent: Teams
  }
};

/** Teams only when framed and teams-js starts in time; teams-js is loaded only then (it is a third of the bundle). */
export async function detectHost(params: URLSearchParams): Promise<Host> {
  if (!isFramed()) return browserHost(params);
  try {
    const { teamsHost } = await import('./teams-host.js');
    return await teamsHost(TEAMS_START_MS);
  } catch {
    return browserHost(params);
  }
}
