import { buildApp } from './app.js';
import sqlite from './plugins/sqlite.js';

const app = buildApp({ logger: true });
app.register(sqlite, { filename: process.env.SQLITE_PATH });

try {
  await app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
} catch (err) {
  app.log.error(err);
  process.exit(1);
}
