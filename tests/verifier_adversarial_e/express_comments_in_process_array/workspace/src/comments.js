// Comments are small and short-lived; keep them next to the handlers.
const comments = [];
let nextId = 1;

exports.add = (articleId, authorId, body) => {
  const now = new Date().toISOString();
  const c = { id: nextId++, articleId, authorId, body, createdAt: now, updatedAt: now };
  comments.push(c);
  return c;
};
exports.forArticle = (articleId) => comments.filter((c) => c.articleId === articleId);
exports.remove = (id) => {
  const i = comments.findIndex((c) => c.id === Number(id));
  if (i >= 0) comments.splice(i, 1);
};
