import path from 'node:path';

export function sqliteFileFromUrl(raw) {
  const url = new URL(raw);
  if (url.protocol !== 'sqlite:') throw new Error(`unsupported DATABASE_URL protocol ${url.protocol}`);
  return path.normalize(decodeURIComponent(url.pathname));
}

export const config = {
  port: Number(process.env.PORT ?? 3000),
  databaseFile: process.env.DATABASE_URL ? sqliteFileFromUrl(process.env.DATABASE_URL) : process.env.SQLITE_PATH,
  logLevel: process.env.LOG_LEVEL ?? 'info',
};
