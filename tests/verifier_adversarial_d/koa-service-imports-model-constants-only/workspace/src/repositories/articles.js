const { Article } = require('../models/article');
exports.insert = (data) => Article.create(data);
