module.exports = function makeArticle(fields) {
  return { tagList: [], favoritesCount: 0, ...fields, createdAt: new Date() };
};
