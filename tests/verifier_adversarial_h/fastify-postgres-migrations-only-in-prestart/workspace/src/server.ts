import { buildApp } from './app.js';
import { pool } from './db.js';

const port = Number(process.env.PORT ?? 3000);
const app = buildApp({ logger: true });

app.addHook('onClose', async () => {
  await pool.end();
});

app.listen({ port, host: '0.0.0.0' }).catch((err: Error) => {
  app.log.error(err);
  process.exit(1);
});
