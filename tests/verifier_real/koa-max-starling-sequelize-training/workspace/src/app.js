// excerpt of https://github.com/Max-Starling/Koa-Sequelize-Training@1976e4825217:src/app.js
const Koa = require('koa');

const bodyParser = require('koa-bodyparser');

const defineRoutes = require('./defineRoutes');

process.env.NODE_ENV = process.env.NODE_ENV || 'development';

const config = require('./config');

app.on('error', (err, ctx) => {
  console.error('server error', err);
});

app.use(bodyParser({ enableTypes: ['json', 'form', 'text'] }));

app.listen(config.port, () => {
  console.warn(`Api server listening on ${config.port}, in ${process.env.NODE_ENV} mode`);
});
