// excerpt of https://github.com/chojs23/realword-express-sequelize@15e9a3420675:util/errorResponse.js
class ErrorResponse extends Error {
  constructor(message, statusCode) {
    super(message);
    this.statusCode = statusCode;
  }
}

module.exports = ErrorResponse;
