import { Hono } from 'hono';
import { deleteComment } from '../services/comments.js';

export const commentRoutes = new Hono();

commentRoutes.delete('/:slug/comments/:id', async (c) => {
  await deleteComment(Number(c.req.param('id')), c.get('userId'));
  return c.json({});
});
