import { Comment } from '../models/index.js';

const rows = [];
let seq = 0;
export const commentRepository = {
  add: async (data) => { const c = new Comment({ ...data, id: ++seq }); rows.push(c); return c; },
  forSlug: async (slug) => rows.filter((c) => c.slug === slug).reverse(),
};
