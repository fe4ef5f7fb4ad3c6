// excerpt of https://github.com/turk-sohail/booking-app@0e43f8023e97:src/utils/index.js
module.exports = {
	SuccessResponse: require("./common/success-response"),
	ErrorResponse: require("./common/error-response"),
	errorHandler: require("./errors/error-middleware"),
	Enums: require("./common/enums"),
};
