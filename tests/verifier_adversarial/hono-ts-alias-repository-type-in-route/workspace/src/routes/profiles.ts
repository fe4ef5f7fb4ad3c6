import { Hono } from 'hono';
import type { UserRepository } from '@repositories/users';

// Profiles are read-only, so the handler talks to the user store directly.
export function profileRoutes(users: UserRepository) {
  const api = new Hono();
  api.get('/profiles/:username', async (c) => {
    const user = await users.findByUsername(c.req.param('username'));
    if (!user) return c.json({ errors: { body: ['profile not found'] } }, 404);
    return c.json({ profile: { username: user.username, bio: user.bio, image: user.image, following: false } });
  });
  return api;
}
