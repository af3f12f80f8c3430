import { app, authentication } from '@microsoft/teams-js';
import { langOf } from './i18n.js';
import { themeOf, type Host } from './host.js';

const timeout = (ms: number) =>
  new Promise<never>((_, reject) => setTimeout(() => reject(new Error('teams-js did not start')), ms));

/** The tab inside Teams: locale and theme from the context, the user from an SSO token (validated by the API). */
export async function teamsHost(startMs: number): Promise<Host> {
  await Promise.race([app.initialize(), timeout(startMs)]);
  const context = await app.getContext();
  return {
    isTeams: true,
    lang: langOf(context.app.locale),
    theme: themeOf(context.app.theme),
    authHeaders: async () => ({ Authorization: `Bearer ${await authentication.getAuthToken()}` }),
    onThemeChange: (handler) => app.registerOnThemeChangeHandler((theme) => handler(themeOf(theme))),
  };
}
