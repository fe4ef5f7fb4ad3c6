import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { commentService, sequelize } from './container';
import { commentRoutes } from './routes/comments';

const app = new Hono();
app.route('/api', commentRoutes(commentService));

await sequelize.sync();
serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3000) });
