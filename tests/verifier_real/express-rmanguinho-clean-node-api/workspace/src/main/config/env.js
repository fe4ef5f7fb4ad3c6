// excerpt of https://github.com/rmanguinho/clean-node-api@9e52c6c368ef:src/main/config/env.js
module.exports = {
  mongoUrl: process.env.MONGO_URL || 'mongodb://localhost:27017/clean-node-api',
  tokenSecret: process.env.TOKEN_SECRET || 'secret',
  port: process.env.PORT || 5858
}
