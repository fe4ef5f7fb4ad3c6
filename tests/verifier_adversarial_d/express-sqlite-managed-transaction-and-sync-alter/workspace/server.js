const express = require('express');
const { sequelize, Article, Tag } = require('./db');

const app = express();
app.use(express.json());

app.post('/api/articles', async (req, res) => {
  const { title, description, body, tagList = [] } = req.body.article || {};
  const article = await sequelize.transaction(async (transaction) => {
    const created = await Article.create({ slug: title.toLowerCase().replace(/\W+/g, '-'), title, description, body }, { transaction });
    const tags = await Promise.all(tagList.map((name) => Tag.findOrCreate({ where: { name }, transaction }).then(([t]) => t)));
    await created.setTags(tags, { transaction });
    return created;
  });
  res.status(201).json({ article: { ...article.toJSON(), tagList } });
});

sequelize.sync({ alter: true }).then(() => app.listen(process.env.PORT || 8080));
