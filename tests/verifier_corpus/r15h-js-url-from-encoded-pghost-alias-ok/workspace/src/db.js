const { Sequelize } = require('sequelize');

const enc = encodeURIComponent;
const env = process.env;
const url = `postgres://${enc(env.PGUSER)}@${enc(env.PGHOST)}:${env.PGPORT}/${enc(env.PGDATABASE)}`;

const sequelize = new Sequelize(url, { dialect: 'postgres', logging: false });

module.exports = { sequelize };
