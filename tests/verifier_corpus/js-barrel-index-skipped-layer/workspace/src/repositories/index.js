module.exports = require('./articleRepository');
