// excerpt of https://github.com/bugoverfl0w/fastify-sequelize-basic@f6fe5f75f3dd:src/routes/v2/index.js
module.exports = function (fastify, opts, next) {
  require('./UserRoute')(fastify, opts, next)
  require('./PostRoute')(fastify, opts, next)
  next()
}
