const { Sequelize } = require('sequelize');

const url = new URL(process.env.DATABASE_URL);

const sequelize = new Sequelize(decodeURIComponent(url.pathname.slice(1)), decodeURIComponent(url.username), decodeURIComponent(url.password), {
  dialect: 'postgres',
  host: url.hostname || 'localhost',
  port: Number(url.port || 5432),
  logging: false,
  pool: { max: 10, idle: 10000 },
});

module.exports = { sequelize };
