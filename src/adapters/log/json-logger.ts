import type { LogFields, Logger } from '../../ports/logger.js';

const LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LEVELS)[number];

/** One JSON object a line on stdout/stderr, for container log collectors. */
export function createJsonLogger(
  level: LogLevel,
  write: (line: string, isError: boolean) => void = (line, isError) =>
    (isError ? process.stderr : process.stdout).write(line + '\n'),
): Logger {
  const min = LEVELS.indexOf(level);
  const log =
    (lvl: Exclude<LogLevel, 'silent'>) =>
    (event: string, fields: LogFields = {}) => {
      if (LEVELS.indexOf(lvl) < min) return;
      write(
        JSON.stringify({ time: new Date().toISOString(), level: lvl, event, ...fields }),
        lvl === 'error',
      );
    };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}
