// excerpt of https://github.com/TechChange/koa-sequelize-boilerplate@405de3070a60:models/index.js
const fs = require('fs');

const path = require('path');

const Sequelize = require('sequelize');

const env = process.env.NODE_ENV || 'development';

const config = require(`${__dirname}/../config/config.json`)[env];

const sequelize = new Sequelize(config.database, config.username, config.password, config);

const db = {};

fs
.readdirSync(__dirname)
.filter((file) => {
	return (file.indexOf('.') !== 0) && (file !== basename);
})
.forEach((file) => {
	const model = sequelize.import(path.join(__dirname, file));

	db[model.name] = model;
});

Object.keys(db).forEach((modelName) => {
	if ('associate' in db[modelName]) {
		db[modelName].associate(db);
	}
});

db.sequelize = sequelize;

db.Sequelize = Sequelize;

module.exports = db;
