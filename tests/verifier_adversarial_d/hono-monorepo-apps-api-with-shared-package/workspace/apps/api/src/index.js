import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { articleRoutes } from './routes/articles.js';

const app = new Hono();
app.route('/api/articles', articleRoutes);
serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8080) });
