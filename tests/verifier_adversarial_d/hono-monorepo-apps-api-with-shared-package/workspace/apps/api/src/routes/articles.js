import { Hono } from 'hono';
import { createArticle } from '../services/articles.js';

export const articleRoutes = new Hono();
articleRoutes.post('/', async (c) => c.json({ article: await createArticle((await c.req.json()).article, c.get('userId')) }, 201));
