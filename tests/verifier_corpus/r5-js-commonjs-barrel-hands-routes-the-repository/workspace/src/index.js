module.exports = { ...require('./repositories/articleRepository') };
