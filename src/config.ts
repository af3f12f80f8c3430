import { z } from 'zod';

/**
 * The only reader of process.env. One schema, parsed once at start; an invalid or missing value stops the start
 * with one message that lists every problem.
 */

const csv = z.string().transform((s) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x.length > 0),
);
const guid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a GUID');
const emptyAsUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyAsUndefined, schema.optional());

export const ConfigSchema = z
  .object({
    /** `development`: embedded defaults, auth may be off on loopback. `production`: credentials required. */
    TYM_MODE: z.enum(['development', 'production']).default('development'),
    /** Interface to listen on. Development defaults to loopback; production must set it explicitly. */
    HOST: optional(z.string().min(1)),
    /** TCP port of the bot endpoint (`/api/messages`). */
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    /** Bot's Microsoft Entra app (client) id. Empty disables Bot Framework authentication (development only). */
    MICROSOFT_APP_ID: optional(guid),
    /** Client secret of the bot's app registration (for replies to Teams in production). */
    MICROSOFT_APP_PASSWORD: optional(z.string().min(1)),
    /** Tenant id of the bot's app registration (single-tenant bot). */
    MICROSOFT_APP_TENANT_ID: optional(guid),
    /** Bot app type as understood by the Bot Framework. */
    MICROSOFT_APP_TYPE: z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).default('SingleTenant'),
    /** Comma-separated Microsoft 365 tenant ids whose activities are accepted. Defaults to the app's tenant. */
    ALLOWED_TENANT_IDS: z.preprocess(emptyAsUndefined, csv.pipe(z.array(guid)).optional()),
    /** Largest accepted request body in bytes; larger bodies get 413. */
    BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(1_048_576).default(102_400),
    /** Log level of the process log (never contains case text). */
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    /** Region profile: which employment areas the intake card offers. */
    TYM_REGION: z.enum(['pohjois-savo', 'satakunta', 'all']).default('all'),
    /** MongoDB connection string (MongoDB 7+, Atlas, Cosmos DB for MongoDB). Unset: in-memory store, lost on restart. */
    MONGODB_URI: optional(
      z.string().regex(/^mongodb(\+srv)?:\/\/\S+$/, 'must start with mongodb:// or mongodb+srv://'),
    ),
    /** Database name on the MongoDB server. */
    MONGODB_DB: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,63}$/, 'must be 1-63 letters, digits, _ or -')
        .default('tym_consult'),
    ),
    /** Days a closed or withdrawn case keeps its free text before the purge removes it. */
    RETENTION_TEXT_DAYS: z.coerce.number().int().min(1).max(1460).default(90),
    /** Months a closed or withdrawn case record (coded fields) is kept before deletion; never beyond 4 years. */
    RETENTION_RECORD_MONTHS: z.coerce.number().int().min(1).max(48).default(12),
    /** Minutes between retention purge runs (at most a week: longer timers overflow Node's setInterval). */
    PURGE_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(10_080).default(60),
    /** Anonymity guard's Finnish morphology: `voikko` requires libvoikko, `auto` uses it when installed, `lists` never. */
    ANONYMITY_MORPHOLOGY: z.preprocess(emptyAsUndefined, z.enum(['auto', 'voikko', 'lists']).default('auto')),
    /** Development only: the Teams client locale to assume (the Agents Playground always sends en-US). */
    DEV_CLIENT_LOCALE: optional(
      z.string().regex(/^[a-z]{2}(-[A-Za-z]{2})?$/, 'must be a locale such as fi-FI'),
    ),
  })
  .superRefine((c, ctx) => {
    if (c.TYM_MODE !== 'production') return;
    // Production data must survive a restart: the embedded in-memory store is for development only.
    const need = [
      'MICROSOFT_APP_ID',
      'MICROSOFT_APP_PASSWORD',
      'MICROSOFT_APP_TENANT_ID',
      'HOST',
      'MONGODB_URI',
    ] as const;
    for (const key of need) {
      if (c[key] === undefined) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'is required in production mode' });
      }
    }
    if (c.DEV_CLIENT_LOCALE !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['DEV_CLIENT_LOCALE'], message: 'is for development only' });
    }
    if (c.ANONYMITY_MORPHOLOGY === 'lists') {
      ctx.addIssue({
        code: 'custom',
        path: ['ANONYMITY_MORPHOLOGY'],
        message: 'must be voikko or auto in production mode: the list-based guard misses inflected names',
      });
    }
  });

type Raw = z.output<typeof ConfigSchema>;

export interface Config {
  readonly mode: Raw['TYM_MODE'];
  readonly host: string;
  readonly port: number;
  readonly bot: {
    readonly appId: string | undefined;
    readonly appPassword: string | undefined;
    readonly tenantId: string | undefined;
    readonly appType: Raw['MICROSOFT_APP_TYPE'];
  };
  /** Tenants allowed to talk to the bot; empty means any (development without app id only). */
  readonly allowedTenantIds: readonly string[];
  readonly bodyLimitBytes: number;
  readonly logLevel: Raw['LOG_LEVEL'];
  readonly region: Raw['TYM_REGION'];
  /** The MongoDB store; without a `uri` the embedded in-memory store is used. */
  readonly mongo: { readonly uri: string | undefined; readonly dbName: string };
  /** How long ended cases keep their text and their record, and how often the purge job runs. */
  readonly retention: {
    readonly textDays: number;
    readonly recordMonths: number;
    readonly purgeIntervalMinutes: number;
  };
  /** The anonymity guard's morphology; production always requires Voikko (`auto` resolves to `voikko`). */
  readonly anonymity: { readonly morphology: Raw['ANONYMITY_MORPHOLOGY'] };
  /** True when Bot Framework authentication is off (development on loopback only). */
  readonly isAuthDisabled: boolean;
  /** Development only: the client locale assumed instead of the one Teams sends. */
  readonly devClientLocale: string | undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const isLoopback = (host: string) => /^(127\.\d+\.\d+\.\d+|::1|localhost)$/i.test(host);

/** Parses the environment into a Config or throws a ConfigError that lists every problem. */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`));
  }
  const c = parsed.data;
  const host = c.HOST ?? '127.0.0.1';
  const isAuthDisabled = c.MICROSOFT_APP_ID === undefined;
  if (isAuthDisabled && !isLoopback(host)) {
    throw new ConfigError([
      `HOST: authentication is off (no MICROSOFT_APP_ID), so the bot may only listen on loopback, not on ${host}`,
    ]);
  }
  const allowed = c.ALLOWED_TENANT_IDS ?? (c.MICROSOFT_APP_TENANT_ID ? [c.MICROSOFT_APP_TENANT_ID] : []);
  if (!isAuthDisabled && allowed.length === 0) {
    throw new ConfigError([
      'ALLOWED_TENANT_IDS: set it or MICROSOFT_APP_TENANT_ID when authentication is on',
    ]);
  }
  return {
    mode: c.TYM_MODE,
    host,
    port: c.PORT,
    bot: {
      appId: c.MICROSOFT_APP_ID,
      appPassword: c.MICROSOFT_APP_PASSWORD,
      tenantId: c.MICROSOFT_APP_TENANT_ID,
      appType: c.MICROSOFT_APP_TYPE,
    },
    allowedTenantIds: allowed,
    bodyLimitBytes: c.BODY_LIMIT_BYTES,
    logLevel: c.LOG_LEVEL,
    region: c.TYM_REGION,
    mongo: { uri: c.MONGODB_URI, dbName: c.MONGODB_DB },
    retention: {
      textDays: c.RETENTION_TEXT_DAYS,
      recordMonths: c.RETENTION_RECORD_MONTHS,
      purgeIntervalMinutes: c.PURGE_INTERVAL_MINUTES,
    },
    anonymity: { morphology: c.TYM_MODE === 'production' ? 'voikko' : c.ANONYMITY_MORPHOLOGY },
    isAuthDisabled,
    devClientLocale: c.DEV_CLIENT_LOCALE,
  };
}
