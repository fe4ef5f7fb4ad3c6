// excerpt of https://github.com/Celestin-Blaise/NODEJS-SEQUELIZE-SQLITE-STARTER-KIT@446f8f74320b:app/dbConfig/models.js
const Sequelize = require('sequelize');

const db = require('./db');

const Posts = db.define('posts', {
	title: {
		type: Sequelize.STRING,
		allowNull: false
	},
	content: {
		type: Sequelize.STRING,
		allowNull: false
	}
});

const Profile = db.define('profile', {
	name: {
		type: Sequelize.STRING,
		allowNull: true
	},
	password: {
		type: Sequelize.STRING,
		allowNull: true
	}
});

const Count = db.define('count', {
	count: {
		type: Sequelize.STRING,
		allowNull: true
	}
});
