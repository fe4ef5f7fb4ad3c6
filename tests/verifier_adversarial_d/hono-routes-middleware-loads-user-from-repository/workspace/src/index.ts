import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { userRoutes } from './routes/user';

const app = new Hono();
app.route('/api', userRoutes);
serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8080) });
