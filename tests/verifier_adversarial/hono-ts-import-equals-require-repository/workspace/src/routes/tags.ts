import { Hono } from 'hono';
import articles = require('../repositories/articles');

type Repo = InstanceType<typeof articles.ArticleRepository>;

export function tagRoutes(repo: Repo) {
  const api = new Hono();
  api.get('/tags', async (c) => {
    const { rows } = await repo.list({ limit: 1000, offset: 0 });
    const tags = [...new Set(rows.flatMap((a: { tagList: string[] }) => a.tagList))];
    return c.json({ tags });
  });
  return api;
}
