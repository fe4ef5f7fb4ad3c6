import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { favorites } from '@/routes/favorites';

const app = new Hono().basePath('/api');
app.route('/articles', favorites);
serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8080) });
