import { serve } from '@hono/node-server';
import { Hono } from 'hono';

import { db } from './db.js';
import { articles } from './schema.js';

const app = new Hono();
app.get('/api/articles', async (c) => c.json({ articles: await db.select().from(articles) }));

serve({ fetch: app.fetch, port: Number(process.env.PORT) });
