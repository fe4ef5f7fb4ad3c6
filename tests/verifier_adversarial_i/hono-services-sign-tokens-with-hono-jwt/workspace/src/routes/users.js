import { Hono } from 'hono';
import { userService } from '../services/userService.js';
import { authOptional, authRequired, bodyOf } from './auth.js';

export const users = new Hono();

users.post('/users', async (c) => c.json({ user: await userService.register(await bodyOf(c, 'user')) }, 201));
users.post('/users/login', async (c) => c.json({ user: await userService.login(await bodyOf(c, 'user')) }));
users.get('/user', authRequired, (c) => c.json({ user: userService.current(c.get('user'), c.get('token')) }));
users.put('/user', authRequired, async (c) =>
  c.json({ user: await userService.update(c.get('user'), c.get('token'), await bodyOf(c, 'user')) }));
users.get('/profiles/:username', authOptional, async (c) =>
  c.json({ profile: await userService.profile(c.req.param('username'), c.get('user')) }));
users.post('/profiles/:username/follow', authRequired, async (c) =>
  c.json({ profile: await userService.setFollowing(c.get('user'), c.req.param('username'), true) }));
users.delete('/profiles/:username/follow', authRequired, async (c) =>
  c.json({ profile: await userService.setFollowing(c.get('user'), c.req.param('username'), false) }));
