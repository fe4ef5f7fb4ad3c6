import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { commentRoutes } from './routes/comments.js';

const app = new Hono().basePath('/api');
app.route('/articles', commentRoutes);
app.onError((err, c) => c.json({ errors: { body: [err.message] } }, err.status ?? 500));
serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8080) });
