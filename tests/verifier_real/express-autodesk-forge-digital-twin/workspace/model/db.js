// excerpt of Autodesk-Forge/forge-digital-twin@cb481f80481e:model/db.js
const Sequelize = require('sequelize');

module.exports = new Sequelize(process.env.DATABASE_URL || 'sqlite:database.sqlite');
