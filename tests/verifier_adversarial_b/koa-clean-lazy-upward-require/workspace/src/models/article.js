module.exports = function toArticle(row, favoritesCount = 0) {
  return { slug: row.slug, title: row.title, body: row.body, favoritesCount };
};
