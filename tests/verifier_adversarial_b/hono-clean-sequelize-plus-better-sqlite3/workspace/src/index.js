import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { sequelize } from './models/index.js';
import { tags } from './routes/tags.js';

await sequelize.sync();
const app = new Hono();
app.route('/api/tags', tags);
serve({ fetch: app.fetch, port: Number(process.env.PORT || 3000) });
