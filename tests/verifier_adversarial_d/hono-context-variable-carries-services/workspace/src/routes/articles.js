import { Hono } from 'hono';
const articles = new Hono();
articles.get('/:slug', async (c) => {
  const article = await c.get('services').articles.get(c.req.param('slug'));
  return article ? c.json({ article }) : c.json({ errors: { body: ['not found'] } }, 404);
});
export default articles;
