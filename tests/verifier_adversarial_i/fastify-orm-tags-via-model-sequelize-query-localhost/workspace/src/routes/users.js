import { userService } from '../services/userService.js';
import { authOptional, authRequired } from './auth.js';

export async function usersRoutes(app) {
  app.post('/users', async (request, reply) => {
    reply.code(201);
    return { user: await userService.register(request.body?.user) };
  });
  app.post('/users/login', async (request) => ({ user: await userService.login(request.body?.user) }));
  app.get('/user', { preHandler: authRequired }, async (request) => ({ user: userService.current(request.user, request.token) }));
  app.put('/user', { preHandler: authRequired }, async (request) => ({
    user: await userService.update(request.user, request.token, request.body?.user),
  }));
  app.get('/profiles/:username', { preHandler: authOptional }, async (request) => ({
    profile: await userService.profile(request.params.username, request.user),
  }));
  app.post('/profiles/:username/follow', { preHandler: authRequired }, async (request) => ({
    profile: await userService.setFollowing(request.user, request.params.username, true),
  }));
  app.delete('/profiles/:username/follow', { preHandler: authRequired }, async (request) => ({
    profile: await userService.setFollowing(request.user, request.params.username, false),
  }));
}
