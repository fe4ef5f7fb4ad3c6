const Fastify = require('fastify');
const { sequelize, Article } = require('./db');

const app = Fastify({ logger: true });
app.register(require('@fastify/jwt'), { secret: process.env.JWT_SECRET || 'conduit' });

app.get('/api/articles', async () => {
  const rows = await Article.findAll({ order: [['createdAt', 'DESC']] });
  return { articles: rows.map((a) => a.toJSON()), articlesCount: rows.length };
});

async function main() {
  await sequelize.authenticate();
  if (process.env.DB_SYNC === 'true') {
    // only in dev: keep prod schema under manual control
    await sequelize.sync({ alter: true });
  }
  await app.listen({ port: Number(process.env.PORT) || 3000, host: '0.0.0.0' });
}

main().catch((err) => { app.log.error(err); process.exit(1); });
