import {
  FluentProvider,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { Dashboard } from './dashboard.js';
import type { Host, ThemeName } from './host.js';
import { messagesFor } from './i18n.js';
import { useLayout } from './layout.js';
import { Report } from './report.js';
import { TabContext, type TabContextValue } from './tab-context.js';

const THEMES: Readonly<Record<ThemeName, Theme>> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

/** The tab in Teams' look, following its theme; `?view=report` is the printable report, else the dashboard. */
export function App({ host, params }: { host: Host; params: URLSearchParams }) {
  const l = useLayout();
  const [theme, setTheme] = useState(host.theme);
  useEffect(() => host.onThemeChange(setTheme), [host]);
  const isReport = params.get('view') === 'report';
  const context = useMemo<TabContextValue>(
    () => ({ lang: host.lang, m: messagesFor(host.lang), auth: () => host.authHeaders(), params }),
    [host, params],
  );
  useEffect(() => {
    document.documentElement.lang = context.lang;
    document.title = `${context.m.appTitle} – TYM`;
  }, [context]);
  return (
    <TabContext.Provider value={context}>
      {/* the report is a paper document: it prints black on white whatever the theme on screen */}
      <FluentProvider theme={THEMES[isReport ? 'default' : theme]} className={l.surface}>
        {isReport ? <Report /> : <Dashboard />}
      </FluentProvider>
    </TabContext.Provider>
  );
}
