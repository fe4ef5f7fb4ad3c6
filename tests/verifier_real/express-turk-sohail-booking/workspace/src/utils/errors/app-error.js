// excerpt of https://github.com/turk-sohail/booking-app@0e43f8023e97:src/utils/errors/app-error.js
class AppError extends Error {
	constructor(message, statusCode) {
		super(message);
		this.statusCode = statusCode;
		this.explanation = message;
	}
}

module.exports = AppError;
