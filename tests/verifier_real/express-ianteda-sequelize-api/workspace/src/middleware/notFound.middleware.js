// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/middleware/notFound.middleware.js
const notFound = (request, response, next) => {
  const error = new Error(`NOT FOUND: Endpoint (${request.method}) '${request.originalUrl}' not found.`);
  error.statusCode = 404;
  next(error)
};
