const express = require('express');
const { sequelize } = require('./models');
const articles = require('./articles');

const app = express();
app.get('/api/articles', async (req, res) => res.json(await articles.list(Number(req.query.limit) || 20, Number(req.query.offset) || 0)));
sequelize.sync().then(() => app.listen(process.env.PORT || 8080));
