const express = require('express');
const { createContainer, asClass } = require('awilix');
const { scopePerRequest } = require('awilix-express');

const container = createContainer().register({
  articleRepository: asClass(require('./repositories/ArticleRepository')).singleton(),
  articleService: asClass(require('./services/ArticleService')).scoped(),
});
const app = express();
app.use(express.json(), scopePerRequest(container));
app.use('/api/articles', require('./routes/articles'));
app.listen(process.env.PORT || 8080);
