
export async function profileRoutes(app, { services, auth }) {
  app.get('/profiles/:username', { preHandler: auth.optional }, async (request) => ({
    profile: await services.profiles.get(request.params.username, request.userId),
  }));

  // Username availability for the sign-up form; the repositories module is loaded on first use.
  app.get('/profiles/:username/available', async (request) => {
    const { repositories } = await import('../repositories/index.js');
    const taken = await repositories.users.findByUsername(request.params.username);
    return { username: request.params.username, available: !taken };
  });

  app.post('/profiles/:username/follow', { preHandler: auth.required }, async (request) => ({
    profile: await services.profiles.follow(request.params.username, request.userId),
  }));

  app.delete('/profiles/:username/follow', { preHandler: auth.required }, async (request) => ({
    profile: await services.profiles.unfollow(request.params.username, request.userId),
  }));
}
