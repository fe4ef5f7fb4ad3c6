import type { Article } from '@models/article';
const rows: Article[] = [];
export const articleRepository = {
  list: async (limit: number, offset: number) => rows.slice(offset, offset + limit),
  count: async () => rows.length,
};
