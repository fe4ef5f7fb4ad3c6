const articleService = require('../services/articleService');
const authService = require('../services/authService');

async function viewer(req) {
  const header = req.get('Authorization') || '';
  return header.startsWith('Token ') ? authService.userFromToken(header.slice(6)) : null;
}

exports.list = async (req, res) => {
  const { tag, author, favorited, limit = 20, offset = 0 } = req.query;
  res.json(await articleService.listArticles({ tag, author, favorited, limit: +limit, offset: +offset }, await viewer(req)));
};

exports.create = async (req, res) => {
  const user = await viewer(req);
  if (!user) return res.status(401).json({ errors: { body: ['unauthorized'] } });
  res.status(201).json({ article: await articleService.createArticle(user, req.body.article) });
};

exports.show = async (req, res) => {
  res.json({ article: await articleService.getArticle(req.params.slug, await viewer(req)) });
};

exports.tags = async (req, res) => {
  res.json({ tags: await articleService.listTags() });
};
