// excerpt of sequelize/express-example@7304dc6ff4b8:express-main-example/express/helpers.js
function getIdParam(req) {
	const id = req.params.id;
	if (/^\d+$/.test(id)) {
		return Number.parseInt(id, 10);
	}
	throw new TypeError(`Invalid ':id' param: "${id}"`);
}
