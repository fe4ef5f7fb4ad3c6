import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { sequelize } from './models/index.js';
import { articles } from './routes/articles.js';

const app = new Hono();
app.get('/api/health-check', (c) => c.json({ status: 'ok' }));
app.route('/api', articles);

await sequelize.sync();
serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8080) });
console.log('hono conduit ready');
