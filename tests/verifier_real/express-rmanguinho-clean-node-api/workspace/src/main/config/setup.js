// excerpt of https://github.com/rmanguinho/clean-node-api@9e52c6c368ef:src/main/config/setup.js
const cors = require('../middlewares/cors')

const jsonParser = require('../middlewares/json-parser')

const contentType = require('../middlewares/content-type')

module.exports = app => {
  app.disable('x-powered-by')
  app.use(cors)
  app.use(jsonParser)
  app.use(contentType)
}
