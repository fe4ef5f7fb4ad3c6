import { Router } from 'express';
import { resolve } from '../container.js';

export const comments = Router();
const commentService = () => resolve('commentService');

comments.get('/articles/:slug/comments', async (req, res, next) => {
  try {
    res.json({ comments: await commentService().list(req.params.slug) });
  } catch (err) {
    next(err);
  }
});
