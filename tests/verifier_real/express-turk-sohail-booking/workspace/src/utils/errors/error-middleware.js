// excerpt of https://github.com/turk-sohail/booking-app@0e43f8023e97:src/utils/errors/error-middleware.js
const { logger } = require("../../config");

const { StatusCodes } = require("http-status-codes");

const errorHandler = (error, request, response, next) => {
	logger.error(error.message);

	if (error.name == "SequelizeValidationError" || error.name == "Sequel") {
		return response
			.status(StatusCodes.BAD_REQUEST)
			.send({ error: "please try again" });
	} else if (error.name === "ValidationError") {
		return response
			.status(StatusCodes.BAD_REQUEST)
			.json({ error: error.message });
	} else if (error.name == "AppError") {
		return response
			.status(StatusCodes.BAD_REQUEST)
			.json({ error: error.message });
	}

	next(error);
};
