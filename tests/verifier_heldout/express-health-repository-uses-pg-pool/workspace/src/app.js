const express = require('express');
const articlesRouter = require('./routes/articles');
const healthRouter = require('./routes/health');

const app = express();
app.use(express.json());

app.use('/api', healthRouter);
app.use('/api', articlesRouter);

app.use((err, req, res, next) => {
  const status = err.status || 500;
  res.status(status).json({ errors: { body: [err.message] } });
});

module.exports = app;
