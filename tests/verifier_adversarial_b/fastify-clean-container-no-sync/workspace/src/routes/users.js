const { EmailTaken } = require('../services/userService');

module.exports = (userService) => async function routes(app) {
  app.post('/api/users', async (req, reply) => {
    try {
      const user = await userService.register(req.body.user);
      return reply.code(201).send({ user: { username: user.username, email: user.email } });
    } catch (e) {
      if (e instanceof EmailTaken) return reply.code(409).send({ errors: { email: ['has already been taken'] } });
      throw e;
    }
  });
};
