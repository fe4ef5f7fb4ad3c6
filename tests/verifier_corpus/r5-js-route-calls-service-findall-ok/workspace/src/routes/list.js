const { ArticleService } = require('../container');
module.exports = async (req, res) => res.json(await ArticleService.findAll());
