// excerpt of https://github.com/Celestin-Blaise/NODEJS-SEQUELIZE-SQLITE-STARTER-KIT@446f8f74320b:app/dbConfig/db.js
const Sequelize = require('sequelize');

module.exports = new Sequelize({
	// SQLITE
	dialect: 'sqlite',
	storage: './app/dbConfig/database.sqlite3'
});
