import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { sequelize, Tag } from './db.js';
import { healthy } from './health.js';

const app = new Hono();
app.get('/health', async (c) => c.json(await healthy()));
app.get('/api/tags', async (c) => c.json({ tags: (await Tag.findAll({ order: [['name', 'ASC']] })).map((t) => t.name) }));

await sequelize.sync();
serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8080) });
