const { Article } = require('../lib/db');

exports.list = async (ctx) => {
  const limit = Number(ctx.query.limit ?? 20);
  const offset = Number(ctx.query.offset ?? 0);
  const { rows, count } = await Article.findAndCountAll({ order: [['createdAt', 'DESC']], limit, offset });
  ctx.body = { articles: rows, articlesCount: count };
};

exports.show = async (ctx) => {
  const article = await Article.findOne({ where: { slug: ctx.params.slug } });
  if (!article) ctx.throw(404, 'article not found');
  ctx.body = { article };
};
