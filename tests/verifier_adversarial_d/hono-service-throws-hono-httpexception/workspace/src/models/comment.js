export const newComment = ({ id, body, authorId, articleSlug }) => ({ id, body, authorId, articleSlug, createdAt: new Date().toISOString() });
