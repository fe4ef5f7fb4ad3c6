import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { config } from './config.js';
import { initDb } from './repositories/db.js';
import api from './routes/app.js';

const app = new Hono();

app.onError((err, c) => {
  if (err.status && typeof err.toJSON === 'function') return c.json(err.toJSON(), err.status);
  console.error(err);
  return c.json({ errors: { body: ['internal error'] } }, 500);
});
app.route('/api', api);

await initDb();
serve({ fetch: app.fetch, port: config.port, hostname: config.host });
console.log(`conduit listening on ${config.port}`);
