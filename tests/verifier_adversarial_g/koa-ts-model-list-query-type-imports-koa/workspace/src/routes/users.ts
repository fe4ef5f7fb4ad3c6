import Router from '@koa/router';
import type { UserService } from '../services/user.service.js';

export function userRoutes(users: UserService, auth: any) {
  const router = new Router();

  router.post('/users', async (ctx: any) => {
    ctx.status = 201;
    ctx.body = { user: await users.register(ctx.request.body?.user) };
  });

  router.post('/users/login', async (ctx: any) => {
    ctx.body = { user: await users.login(ctx.request.body?.user) };
  });

  router.get('/user', auth.required, async (ctx: any) => {
    ctx.body = { user: await users.current(ctx.state.userId) };
  });

  router.put('/user', auth.required, async (ctx: any) => {
    ctx.body = { user: await users.update(ctx.state.userId, ctx.request.body?.user) };
  });

  return router;
}
