require('reflect-metadata');
const express = require('express');
const { AppDataSource, Tag } = require('../ormconfig');

AppDataSource.initialize().then(() => {
  const app = express();
  app.get('/api/tags', async (req, res) => res.json({ tags: (await AppDataSource.getRepository(Tag).find({ order: { name: 'ASC' } })).map((t) => t.name) }));
  app.listen(process.env.PORT || 8080);
});
