const { main, favorites } = require('./connections');
const toArticle = require('../models/article');

exports.create = ({ title, body, authorId }) => {
  const { slugify } = require('../services/slugService');
  const slug = slugify(title);
  main.prepare('INSERT INTO articles (slug, title, body, author_id) VALUES (?, ?, ?, ?)').run(slug, title, body, authorId);
  return exports.bySlug(slug);
};

exports.bySlug = (slug) => {
  const row = main.prepare('SELECT * FROM articles WHERE slug = ?').get(slug);
  if (!row) return null;
  const { n } = favorites.prepare('SELECT count(*) AS n FROM favorites WHERE article_id = ?').get(row.id);
  return toArticle(row, n);
};
