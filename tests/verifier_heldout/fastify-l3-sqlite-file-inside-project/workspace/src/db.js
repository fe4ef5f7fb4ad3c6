const path = require('node:path');
const { Sequelize } = require('sequelize');

// Keep the database inside the project so it is easy to inspect and back up.
const sequelize = new Sequelize({
  dialect: 'sqlite',
  storage: path.join(__dirname, '..', 'data', 'conduit.sqlite'),
  logging: false,
});

module.exports = { sequelize };
