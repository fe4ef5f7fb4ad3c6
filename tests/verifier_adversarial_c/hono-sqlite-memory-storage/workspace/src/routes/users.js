const { Hono } = require('hono');
const { DomainError } = require('../services/errors');

const STATUS = { invalid: 422, conflict: 409, unauthorized: 401 };

function usersApp(userService) {
  const app = new Hono();
  app.onError((err, c) => {
    if (err instanceof DomainError) return c.json({ errors: { [err.field]: [err.message] } }, STATUS[err.kind]);
    return c.json({ errors: { body: ['internal error'] } }, 500);
  });
  app.post('/users', async (c) => {
    const body = await c.req.json().catch(() => ({}));
    return c.json({ user: await userService.register(body.user) }, 201);
  });
  app.post('/users/login', async (c) => {
    const body = await c.req.json().catch(() => ({}));
    return c.json({ user: await userService.login(body.user) });
  });
  return app;
}

module.exports = { usersApp };
