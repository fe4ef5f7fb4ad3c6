import { env } from './env.js';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { Sequelize, DataTypes } from 'sequelize';

const sequelize = new Sequelize(env.databaseUrl, { logging: false });
const Tag = sequelize.define('Tag', { name: { type: DataTypes.STRING, unique: true } }, { timestamps: false });

const app = new Hono();
app.get('/api/tags', async (c) => c.json({ tags: (await Tag.findAll()).map((t) => t.name) }));

await sequelize.sync();
serve({ fetch: app.fetch, port: env.port });
