const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const router = require('./routes/articles');
const { sequelize } = require('./models');

const app = new Koa();

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = { errors: { body: [err.message] } };
  }
});
app.use(bodyParser());
app.use(router.routes()).use(router.allowedMethods());

async function main() {
  await sequelize.sync();
  const port = Number(process.env.PORT || 8080);
  app.listen(port, () => console.log(`koa conduit on ${port}`));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
