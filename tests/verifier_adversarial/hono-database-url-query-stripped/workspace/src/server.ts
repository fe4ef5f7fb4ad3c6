import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createContainer } from './container';
import { apiRoutes } from './routes/api';

const container = await createContainer();
const app = new Hono();
app.route('/api', apiRoutes(container));
serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8080), hostname: '0.0.0.0' });
