import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { sequelize } from './models/index.js';
import { articleRepository } from './repositories/articleRepository.js';
import { articles } from './routes/articles.js';

const app = new Hono<{ Variables: { repos: { articles: typeof articleRepository } } }>();

// per-request context: handlers find their collaborators on c.var
app.use('*', async (c, next) => {
  c.set('repos', { articles: articleRepository });
  await next();
});
app.get('/api/health-check', (c) => c.json({ status: 'ok' }));
app.route('/api', articles);

await sequelize.sync();
serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8080) });
