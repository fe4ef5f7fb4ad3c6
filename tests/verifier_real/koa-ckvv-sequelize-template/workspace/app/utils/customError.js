// excerpt of https://github.com/ckvv/koa-sequelize-template@b47a9fa2df15:app/utils/customError.js
class CustomError extends Error {
  constructor({ code, msg }, message) {
    super(message || msg);
    this.code = code;
  }
}

module.exports = CustomError;
