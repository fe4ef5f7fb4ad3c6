const repo = require('../repositories/articles');
exports.list = async ({ limit, offset }) => ({ articles: await repo.page(limit, offset), articlesCount: await repo.count() });
