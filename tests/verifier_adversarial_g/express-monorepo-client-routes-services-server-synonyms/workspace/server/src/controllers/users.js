import { Router } from 'express';

export function userRoutes(users, auth) {
  const router = Router();

  router.post('/users', async (req, res) => {
    res.status(201).json({ user: await users.register(req.body?.user) });
  });

  router.post('/users/login', async (req, res) => {
    res.json({ user: await users.login(req.body?.user) });
  });

  router.get('/user', auth.required, async (req, res) => {
    res.json({ user: await users.current(req.userId) });
  });

  router.put('/user', auth.required, async (req, res) => {
    res.json({ user: await users.update(req.userId, req.body?.user) });
  });

  return router;
}
