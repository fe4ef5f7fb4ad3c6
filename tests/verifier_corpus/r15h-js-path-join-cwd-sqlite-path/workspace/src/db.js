const path = require('path');
const { Sequelize } = require('sequelize');

const sequelize = new Sequelize({ dialect: 'sqlite', storage: path.join(process.cwd(), process.env.SQLITE_PATH), logging: false });

module.exports = { sequelize };
