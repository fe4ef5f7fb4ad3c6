import { newComment } from '../models/comment.js';

const rows = [];
let seq = 0;
export const commentsRepo = {
  byId: async (id) => rows.find((c) => c.id === id) ?? null,
  add: async (data) => { const c = newComment({ ...data, id: ++seq }); rows.push(c); return c; },
  remove: async (id) => { const i = rows.findIndex((c) => c.id === id); if (i >= 0) rows.splice(i, 1); },
};
