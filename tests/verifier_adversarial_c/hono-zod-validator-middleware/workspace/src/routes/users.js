const { Hono } = require('hono');
const { z } = require('zod');
const { zValidator } = require('@hono/zod-validator');
const { DomainError } = require('../services/errors');

const registration = z.object({
  user: z.object({ email: z.string().max(254), username: z.string().min(3).max(32), password: z.string().min(8).max(72) }),
});
const onInvalid = (result, c) => {
  if (!result.success) return c.json({ errors: { body: result.error.issues.map((i) => i.message) } }, 422);
};

const STATUS = { invalid: 422, conflict: 409, unauthorized: 401 };

function usersApp(userService) {
  const app = new Hono();
  app.onError((err, c) => {
    if (err instanceof DomainError) return c.json({ errors: { [err.field]: [err.message] } }, STATUS[err.kind]);
    return c.json({ errors: { body: ['internal error'] } }, 500);
  });
  app.post('/users', zValidator('json', registration, onInvalid), async (c) => {
    const body = c.req.valid('json');
    return c.json({ user: await userService.register(body.user) }, 201);
  });
  app.post('/users/login', async (c) => {
    const body = await c.req.json().catch(() => ({}));
    return c.json({ user: await userService.login(body.user) });
  });
  return app;
}

module.exports = { usersApp };
