import { Hono } from 'hono';
import { favorite } from '@/services/favorites';

export const favorites = new Hono<{ Variables: { userId: number } }>();
favorites.post('/:slug/favorite', async (c) => c.json({ article: await favorite(c.get('userId'), c.req.param('slug')) }));
