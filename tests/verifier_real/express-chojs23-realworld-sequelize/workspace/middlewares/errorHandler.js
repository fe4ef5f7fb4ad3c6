// excerpt of https://github.com/chojs23/realword-express-sequelize@15e9a3420675:middlewares/errorHandler.js
const ErrorResponse = require("../util/errorResponse");

module.exports.notFound = (req, res, next) => {
  const error = new ErrorResponse(`Not Found - ${req.originalUrl}`);
  res.status(404);
  next(error);
};
