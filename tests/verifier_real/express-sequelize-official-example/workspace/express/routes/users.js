// excerpt of sequelize/express-example@7304dc6ff4b8:express-main-example/express/routes/users.js
const { models } = require('../../sequelize');

const { getIdParam } = require('../helpers');

async function getAll(req, res) {
	const users = await models.user.findAll();
	res.status(200).json(users);
}
