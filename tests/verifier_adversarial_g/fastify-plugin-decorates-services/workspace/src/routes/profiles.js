
export async function profileRoutes(app) {
  const { services, auth } = app;
  app.get('/profiles/:username', { preHandler: auth.optional }, async (request) => ({
    profile: await services.profiles.get(request.params.username, request.userId),
  }));

  app.post('/profiles/:username/follow', { preHandler: auth.required }, async (request) => ({
    profile: await services.profiles.follow(request.params.username, request.userId),
  }));

  app.delete('/profiles/:username/follow', { preHandler: auth.required }, async (request) => ({
    profile: await services.profiles.unfollow(request.params.username, request.userId),
  }));
}
