const express = require('express');
const articlesRouter = require('./routes/articles');
const profilesRouter = require('./routes/profiles');

const app = express();
app.use(express.json());

app.get('/api/health-check', (req, res) => res.json({ status: 'ok' }));
app.use('/api', articlesRouter);
app.use('/api', profilesRouter);

app.use((err, req, res, next) => {
  const status = err.status || 500;
  res.status(status).json({ errors: { body: [err.message] } });
});

module.exports = app;
