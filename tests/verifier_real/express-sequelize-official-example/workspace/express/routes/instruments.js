// excerpt of sequelize/express-example@7304dc6ff4b8:express-main-example/express/routes/instruments.js
const { models } = require('../../sequelize');

const { getIdParam } = require('../helpers');

async function getAll(req, res) {
	const instruments = await models.instrument.findAll();
	res.status(200).json(instruments);
}
