'use strict';

const express = require('express');
const { sequelize } = require('./models/index');
const { usersRouter } = require('./routes/users');
const { articlesRouter } = require('./routes/articles');

const app = express();
app.use(express.json());
app.use('/api', usersRouter);
app.use('/api', articlesRouter);
app.use((req, res) => res.status(404).json({ errors: { route: ['not found'] } }));
app.use((err, req, res, next) => {
  if (err.status && err.errors) return res.status(err.status).json({ errors: err.errors });
  console.error(err);
  return res.status(500).json({ errors: { server: ['internal error'] } });
});

(async () => {
  await sequelize.sync();
  app.listen(Number(process.env.PORT) || 3000, () => console.log('conduit listening'));
})();
