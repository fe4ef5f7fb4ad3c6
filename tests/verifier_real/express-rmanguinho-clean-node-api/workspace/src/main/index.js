// excerpt of https://github.com/rmanguinho/clean-node-api@9e52c6c368ef:src/main/index.js
const MongoHelper = require('../infra/helpers/mongo-helper')

const env = require('./config/env')

MongoHelper.connect(env.mongoUrl)
  .then(() => {
    const app = require('./config/app')
    app.listen(env.port, () => console.log(`Server running at http://localhost:${env.port}`))
  })
  .catch(console.error)
