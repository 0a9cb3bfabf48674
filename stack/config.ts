/**
 * Configuration of the local Supabase-compatible stack, read in one place.
 * Every port and secret has a documented default (the Supabase CLI's local ones) and an
 * environment override; tests pass overrides (free ports, a temporary data folder).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { signHs256 } from './jwt';
import { readAuthSettings, type AuthSettings } from './services/auth/settings';

export const DEFAULT_JWT_SECRET = 'super-secret-jwt-token-with-at-least-32-characters-long';
/** The Supabase CLI's documented local demo keys, signed with DEFAULT_JWT_SECRET. */
export const DEFAULT_ANON_KEY =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9.CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0';
export const DEFAULT_SERVICE_ROLE_KEY =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU';
/** Local-only webhook secret shared by the checkout stand-in and the stripe-webhook function. */
export const DEFAULT_STRIPE_WEBHOOK_SECRET = 'whsec_local_development_secret_do_not_use_in_prod';

export interface StackPorts {
  gateway: number;
  db: number;
  mailWeb: number;
  mailSmtp: number;
  postgrest: number;
  postgrestAdmin: number;
  auth: number;
  functions: number;
  storage: number;
  checkout: number;
  vite: number;
}

export interface StackConfig {
  rootDir: string;
  dataDir: string;
  host: '127.0.0.1';
  ports: StackPorts;
  jwtSecret: string;
  anonKey: string;
  serviceRoleKey: string;
  /**
   * The hosted `postgres` role (not a superuser: CREATEROLE, CREATEDB, BYPASSRLS), as on a hosted
   * project: migrations, seed.sql, demo data, tests' SQL.
   */
  dbUrl: string;
  /** supabase_admin, the superuser that owns the platform (bootstrap, creating/dropping databases). */
  adminDbUrl: string;
  /** What the auth service connects as (GoTrue: supabase_auth_admin). */
  authDbUrl: string;
  /** What the storage service connects as (Supabase Storage: supabase_storage_admin). */
  storageDbUrl: string;
  /** What supabase-js is given: the gateway. */
  apiUrl: string;
  /** The SPA; e-mail links point here. */
  siteUrl: string;
  mailWebUrl: string;
  smtp: { host: string; port: number };
  stripe: { secretKey?: string; webhookSecret: string };
  cronSecret?: string;
  /** Tuning for throwaway test clusters (fsync off). */
  ephemeral: boolean;
  /** The auth service's limits and policies: supabase/config.toml [auth], GOTRUE_* env overrides. */
  auth: AuthSettings;
}

export const DEFAULT_PORTS: StackPorts = {
  gateway: 54321,
  db: 54322,
  mailWeb: 54324,
  mailSmtp: 54325,
  postgrest: 54330,
  postgrestAdmin: 54331,
  auth: 54332,
  functions: 54333,
  storage: 54334,
  checkout: 54335,
  vite: 5173,
};

/** Environment variable overriding each port. */
export const PORT_ENV: Record<keyof StackPorts, string> = {
  gateway: 'API_PORT',
  db: 'DB_PORT',
  mailWeb: 'MAIL_WEB_PORT',
  mailSmtp: 'SMTP_PORT',
  postgrest: 'POSTGREST_PORT',
  postgrestAdmin: 'POSTGREST_ADMIN_PORT',
  auth: 'AUTH_PORT',
  functions: 'FUNCTIONS_PORT',
  storage: 'STORAGE_PORT',
  checkout: 'CHECKOUT_PORT',
  vite: 'SPA_PORT',
};

/** The environment variables that make `npm start` use these ports. */
export function portEnv(ports: StackPorts): Record<string, string> {
  return Object.fromEntries((Object.keys(ports) as (keyof StackPorts)[]).map((key) => [PORT_ENV[key], String(ports[key])]));
}

export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface ConfigOverrides {
  dataDir?: string;
  ports?: Partial<StackPorts>;
  ephemeral?: boolean;
}

function readPort(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${name} must be a TCP port number (1-65535), got "${raw}"`);
  }
  return port;
}

/** Keys follow the secret: the documented demo keys for the default secret, freshly signed otherwise. */
function apiKeys(env: NodeJS.ProcessEnv, jwtSecret: string): { anonKey: string; serviceRoleKey: string } {
  const isDefault = jwtSecret === DEFAULT_JWT_SECRET;
  const sign = (role: string) => signHs256({ iss: 'supabase-demo', role, exp: 1983812996 }, jwtSecret);
  return {
    anonKey: env.ANON_KEY || (isDefault ? DEFAULT_ANON_KEY : sign('anon')),
    serviceRoleKey: env.SERVICE_ROLE_KEY || (isDefault ? DEFAULT_SERVICE_ROLE_KEY : sign('service_role')),
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: ConfigOverrides = {}): StackConfig {
  const ports = { ...DEFAULT_PORTS };
  for (const key of Object.keys(ports) as (keyof StackPorts)[]) {
    ports[key] = overrides.ports?.[key] ?? readPort(env, PORT_ENV[key], DEFAULT_PORTS[key]);
  }
  const jwtSecret = env.JWT_SECRET || DEFAULT_JWT_SECRET;
  if (jwtSecret.length < 32) throw new Error('JWT_SECRET must be at least 32 characters long');
  const host = '127.0.0.1' as const;
  const dataDir = path.resolve(overrides.dataDir ?? env.STACK_DATA_DIR ?? path.join(ROOT_DIR, '.data'));
  return {
    rootDir: ROOT_DIR,
    dataDir,
    host,
    ports,
    jwtSecret,
    ...apiKeys(env, jwtSecret),
    dbUrl: `postgresql://postgres:postgres@${host}:${ports.db}/postgres`,
    adminDbUrl: `postgresql://supabase_admin:postgres@${host}:${ports.db}/postgres`,
    authDbUrl: `postgresql://supabase_auth_admin:postgres@${host}:${ports.db}/postgres`,
    storageDbUrl: `postgresql://supabase_storage_admin:postgres@${host}:${ports.db}/postgres`,
    apiUrl: `http://${host}:${ports.gateway}`,
    siteUrl: env.SITE_URL || `http://${host}:${ports.vite}`,
    mailWebUrl: `http://${host}:${ports.mailWeb}`,
    smtp: { host, port: ports.mailSmtp },
    stripe: {
      secretKey: env.STRIPE_SECRET_KEY || undefined,
      webhookSecret: env.STRIPE_WEBHOOK_SECRET || DEFAULT_STRIPE_WEBHOOK_SECRET,
    },
    cronSecret: env.CRON_SECRET || undefined,
    ephemeral: overrides.ephemeral ?? false,
    auth: readAuthSettings(path.join(ROOT_DIR, 'supabase', 'config.toml'), env),
  };
}

/** A connection string for another database or role on the same server. */
export function dbUrlFor(config: StackConfig, database = 'postgres', user = 'postgres', password = 'postgres'): string {
  return `postgresql://${user}:${password}@${config.host}:${config.ports.db}/${database}`;
}

/**
 * The same connection as the local platform's superuser, supabase_admin (the local platform gives it
 * the password of `postgres`): only the platform bootstrap needs it, as only Supabase builds a
 * hosted project's platform.
 */
export function asPlatformSuperuser(url: string): string {
  const u = new URL(url);
  u.username = 'supabase_admin';
  return u.toString();
}
