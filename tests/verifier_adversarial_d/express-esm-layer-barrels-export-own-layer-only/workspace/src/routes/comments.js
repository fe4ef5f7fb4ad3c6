import { Router } from 'express';
import { commentService } from '../services/index.js';

export const commentsRouter = Router();
commentsRouter.get('/:slug/comments', async (req, res) => res.json({ comments: await commentService.list(req.params.slug) }));
commentsRouter.post('/:slug/comments', async (req, res) => res.json({ comment: await commentService.add(req.params.slug, req.userId, req.body.comment?.body) }));
