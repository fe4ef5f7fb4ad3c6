import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { sequelize, User } from './models.js';

const app = new Hono();

app.get('/api/profiles/:username', async (c) => {
  const user = await User.findOne({ where: { username: c.req.param('username') } });
  if (!user) return c.json({ errors: { profile: ['not found'] } }, 404);
  return c.json({ profile: { username: user.username, bio: user.bio, image: user.image, following: false } });
});

await sequelize.sync();
serve({ fetch: app.fetch, port: Number(process.env.PORT) || 3000 });
