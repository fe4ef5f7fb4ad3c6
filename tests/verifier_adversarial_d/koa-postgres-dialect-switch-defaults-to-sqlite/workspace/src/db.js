const path = require('node:path');
const { Sequelize } = require('sequelize');

const dialect = process.env.DB_DIALECT || 'sqlite';

const sequelize =
  dialect === 'postgres'
    ? new Sequelize(process.env.DATABASE_URL, { dialect: 'postgres', logging: false })
    : new Sequelize({ dialect: 'sqlite', storage: path.resolve(__dirname, '../data/conduit.sqlite'), logging: false });

module.exports = sequelize;
