const DEFAULT_URL = 'postgres://conduit:conduit@127.0.0.1:5432/conduit';

export function poolConfig(raw = process.env.DATABASE_URL ?? DEFAULT_URL) {
  const url = new URL(raw);
  return {
    host: url.hostname || '127.0.0.1',
    port: Number(url.port) || 5432,
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.replace(/^\//, '')),
    max: Number(process.env.PG_POOL_MAX ?? 10),
    ssl: url.searchParams.get('sslmode') === 'require' ? { rejectUnauthorized: false } : undefined,
  };
}

export const port = Number(process.env.PORT ?? 3000);
