import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { sequelize } from './models/index.js';
import { users } from './routes/users.js';
import { articles } from './routes/articles.js';

const app = new Hono();

app.onError((err, c) => {
  if (err.status && err.errors) return c.json({ errors: err.errors }, err.status);
  console.error(err);
  return c.json({ errors: { server: ['internal error'] } }, 500);
});
app.notFound((c) => c.json({ errors: { route: ['not found'] } }, 404));

app.route('/api', users);
app.route('/api', articles);

await sequelize.sync();
serve({ fetch: app.fetch, port: Number(process.env.PORT) || 3000 });
