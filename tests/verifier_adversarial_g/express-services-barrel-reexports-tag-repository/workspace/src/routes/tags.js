import { Router } from 'express';

/** @param {import('../services/index.js').TagService} tags */
export function tagRoutes(tags) {
  const router = Router();

  router.get('/tags', async (_req, res) => {
    res.json({ tags: await tags.allNames() });
  });

  return router;
}
