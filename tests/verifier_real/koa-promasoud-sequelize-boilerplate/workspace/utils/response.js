// excerpt of https://github.com/ProMasoud/koa-sequelize-boilerplate@c8495f4ef416:utils/response.js
exports.handleErrors = error => {
	console.log(error);
	if (error.isBoom) {
		return { ...error.output.payload, status: error.output.payload.statusCode };
	}

	return error;
};
