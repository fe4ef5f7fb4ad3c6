const { ArticleView } = require('../analytics/db');

module.exports = {
  record: (slug, viewerId) => ArticleView.create({ slug, viewerId }),
  countFor: (slug) => ArticleView.count({ where: { slug } }),
};
