// excerpt of yash7xm/Flights_Service@19afed568056:src/utils/errors/app-error.js
class AppError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.statusCode = statusCode;
        this.explanation = message;
    }
}

module.exports = AppError;
