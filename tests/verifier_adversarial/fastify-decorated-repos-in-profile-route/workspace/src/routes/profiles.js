export default async function profileRoutes(app) {
  app.get('/profiles/:username', async (request, reply) => {
    const user = await app.repos.users.findByUsername(request.params.username);
    if (!user) return reply.code(404).send({ errors: { body: ['profile not found'] } });
    return { profile: { username: user.username, bio: user.bio, image: user.image, following: false } };
  });
}
