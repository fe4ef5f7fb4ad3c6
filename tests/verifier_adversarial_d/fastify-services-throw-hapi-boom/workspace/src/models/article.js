export const isAuthor = (article, userId) => article.authorId === userId;
