import Router from '@koa/router';
import { NotFound } from '../services/errors.js';

export function profileRoutes(profileService) {
  const router = new Router({ prefix: '/api/profiles' });
  router.get('/:username', (ctx) => {
    try {
      ctx.body = { profile: profileService.get(ctx.params.username) };
    } catch (e) {
      if (!(e instanceof NotFound)) throw e;
      ctx.status = 404;
      ctx.body = { errors: { profile: ['not found'] } };
    }
  });
  return router;
}
