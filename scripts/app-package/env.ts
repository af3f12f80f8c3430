import { z } from 'zod';
import { err, ok, type Result } from '../../src/domain/result.js';

/**
 * The values the Teams app package is built from. Ids and host names come from the environment at packaging time;
 * nothing deployment-specific is written into appPackage/.
 */

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// One or more DNS labels, optionally with a port (Teams accepts `localhost:53000` in validDomains for local runs).
const HOST =
  /^(?=[^:]{1,253}(:|$))[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*(:\d{1,5})?$/i;

const guid = z.string().regex(GUID, 'must be a GUID such as 1b4f7c2e-0d7a-4c55-9a0e-3f1d2c4b5a69');
const emptyAsUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const host = z
  .string()
  .trim()
  .superRefine((s, ctx) => {
    const problem = s.includes('://')
      ? 'must be a bare host name such as tym.example.fi, without https://'
      : /[/?#]/.test(s)
        ? 'must be a bare host name such as tym.example.fi, without a path'
        : HOST.test(s)
          ? undefined
          : 'must be a host name such as tym.example.fi';
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform((s) => s.toLowerCase());

export const PackageEnvSchema = z.object({
  /** Id of the Teams app (the manifest's `id`); a GUID of its own, not the bot's. */
  TEAMS_APP_ID: z.preprocess(emptyAsUndefined, guid),
  /** Entra app (client) id of the bot; defaults to MICROSOFT_APP_ID, which the bot itself runs with. */
  BOT_ID: z.preprocess(emptyAsUndefined, guid),
  /** Public host name of the bot service (tab, privacy and terms pages, SSO resource), e.g. `tym.example.fi`. */
  PUBLIC_HOSTNAME: z.preprocess(emptyAsUndefined, host),
});

export type PackageEnv = z.output<typeof PackageEnvSchema>;

/** Every value a `${{NAME}}` placeholder in appPackage/ may name. */
export type ManifestValues = PackageEnv & {
  /** The package.json version: Teams wants plain `major.minor.patch`. */
  readonly APP_VERSION: string;
};

/** Clearly fake values for a development package, used only when nothing at all is configured. */
export const DEV_VALUES: PackageEnv = {
  TEAMS_APP_ID: '00000000-0000-4000-8000-000000000001',
  BOT_ID: '00000000-0000-4000-8000-000000000002',
  PUBLIC_HOSTNAME: 'localhost',
};

const CONFIG_KEYS = ['TEAMS_APP_ID', 'BOT_ID', 'MICROSOFT_APP_ID', 'PUBLIC_HOSTNAME'] as const;

export interface ReadEnvOutcome {
  readonly values: PackageEnv;
  /** True when the development fallback was used; the caller says so loudly. */
  readonly isDevFallback: boolean;
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads the package values from an environment. With nothing configured and TYM_MODE other than `production` the
 * fake development values are used; as soon as one key is set, all are required, so a half-configured production
 * package cannot slip through with a fake host name.
 */
export function readPackageEnv(env: Env): Result<ReadEnvOutcome, string[]> {
  const isBlank = (key: string) => emptyAsUndefined(env[key]) === undefined;
  if (env['TYM_MODE'] !== 'production' && CONFIG_KEYS.every(isBlank)) {
    return ok({ values: DEV_VALUES, isDevFallback: true });
  }
  const parsed = PackageEnvSchema.safeParse({
    TEAMS_APP_ID: env['TEAMS_APP_ID'],
    BOT_ID: isBlank('BOT_ID') ? env['MICROSOFT_APP_ID'] : env['BOT_ID'],
    PUBLIC_HOSTNAME: env['PUBLIC_HOSTNAME'],
  });
  if (parsed.success) return ok({ values: parsed.data, isDevFallback: false });
  return err(
    parsed.error.issues.map((issue) => {
      const key = issue.path.join('.');
      const message = issue.code === 'invalid_type' ? 'is required' : issue.message;
      return key === 'BOT_ID' ? `BOT_ID (or MICROSOFT_APP_ID) ${message}` : `${key} ${message}`;
    }),
  );
}

/** Teams takes `major.minor.patch` only: no pre-release or build suffix. */
export function checkAppVersion(version: string): Result<string, string[]> {
  return /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.test(version)
    ? ok(version)
    : err([
        `package.json version "${version}" must be major.minor.patch (Teams takes no pre-release suffix)`,
      ]);
}
