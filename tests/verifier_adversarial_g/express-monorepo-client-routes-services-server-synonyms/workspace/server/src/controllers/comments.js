import { Router } from 'express';

export function commentRoutes(comments, auth) {
  const router = Router();

  router.get('/articles/:slug/comments', auth.optional, async (req, res) => {
    res.json({ comments: await comments.list(req.params.slug, req.userId) });
  });

  router.post('/articles/:slug/comments', auth.required, async (req, res) => {
    res.json({ comment: await comments.add(req.params.slug, req.userId, req.body?.comment) });
  });

  router.delete('/articles/:slug/comments/:id', auth.required, async (req, res) => {
    await comments.remove(req.params.slug, Number(req.params.id), req.userId);
    res.json({});
  });

  return router;
}
