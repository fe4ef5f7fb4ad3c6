import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { RegisterBody, LoginBody, UpdateUserBody } from '../models/schemas.js';
import { userService } from '../services/userService.js';
import { authOptional, authRequired } from './auth.js';

export const users = new Hono();

const invalid = (result, c) => {
  if (!result.success) {
    const field = result.error.issues[0]?.path.at(-1) ?? 'body';
    return c.json({ errors: { [field]: ["can't be blank"] } }, 422);
  }
};

users.post('/users', zValidator('json', RegisterBody, invalid), async (c) =>
  c.json({ user: await userService.register(c.req.valid('json').user) }, 201));
users.post('/users/login', zValidator('json', LoginBody, invalid), async (c) =>
  c.json({ user: await userService.login(c.req.valid('json').user) }));
users.get('/user', authRequired, (c) => c.json({ user: userService.current(c.get('user'), c.get('token')) }));
users.put('/user', authRequired, zValidator('json', UpdateUserBody, invalid), async (c) =>
  c.json({ user: await userService.update(c.get('user'), c.get('token'), c.req.valid('json').user) }));
users.get('/profiles/:username', authOptional, async (c) =>
  c.json({ profile: await userService.profile(c.req.param('username'), c.get('user')) }));
users.post('/profiles/:username/follow', authRequired, async (c) =>
  c.json({ profile: await userService.setFollowing(c.get('user'), c.req.param('username'), true) }));
users.delete('/profiles/:username/follow', authRequired, async (c) =>
  c.json({ profile: await userService.setFollowing(c.get('user'), c.req.param('username'), false) }));
