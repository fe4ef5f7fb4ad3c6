import { Hono } from 'hono';

/** GET /tags: every tag name, alphabetically. */
export function tagRoutes() {
  const app = new Hono();

  app.get('/tags', async (c) => {
    const { Tag } = c.get('db');
    const rows = await Tag.findAll({ attributes: ['name'], order: [['name', 'ASC']] });
    return c.json({ tags: rows.map((row) => row.name) });
  });

  return app;
}
