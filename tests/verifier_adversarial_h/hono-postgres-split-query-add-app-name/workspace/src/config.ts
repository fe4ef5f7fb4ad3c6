export interface AppConfig {
  port: number;
  databaseUrl: string;
  poolMax: number;
}

const DEFAULT_OPTIONS: Record<string, string> = {
  application_name: 'conduit-hono',
  statement_timeout: '15000',
};

export function connectionString(raw: string): string {
  const [base] = raw.split('?');
  const options = new URLSearchParams(DEFAULT_OPTIONS).toString();
  return `${base}?${options}`;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL is required');
  return {
    port: Number(env.PORT ?? 3000),
    databaseUrl: connectionString(env.DATABASE_URL),
    poolMax: Number(env.PG_POOL_MAX ?? 10),
  };
}

export const config = loadConfig();
