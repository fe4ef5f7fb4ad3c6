// excerpt of https://github.com/nghi2001/Koa-Sequelize-Kit@c54f963ac38f:index.js
const KOA = require('koa');

const dotenv = require('dotenv');

const cors = require('@koa/cors');

const koaBody = require('koa-body');

const routes = require('./routes');

const db = require('./models/index')

const PORT = process.env.PORT

app.use(cors())

app.use(koaBody())

app.context.db = db

app.on('error', (err, ctx) => {
  console.error('server error', err)
  ctx.body = err
});

app.use(routes.routes(), routes.allowedMethods());

app.listen(PORT, () => console.log(`http://localhost:${PORT}`))
