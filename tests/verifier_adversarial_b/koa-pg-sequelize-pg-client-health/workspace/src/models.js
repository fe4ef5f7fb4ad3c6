const { Sequelize, DataTypes } = require('sequelize');

exports.sequelize = new Sequelize({
  dialect: 'postgres',
  host: process.env.PGHOST,
  port: Number(process.env.PGPORT),
  database: process.env.PGDATABASE,
  username: process.env.PGUSER,
  password: process.env.PGPASSWORD,
  logging: false,
});

exports.Tag = exports.sequelize.define('Tag', { name: { type: DataTypes.STRING, unique: true } });
