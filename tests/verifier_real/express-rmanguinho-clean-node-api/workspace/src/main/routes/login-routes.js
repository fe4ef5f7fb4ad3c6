// excerpt of https://github.com/rmanguinho/clean-node-api@9e52c6c368ef:src/main/routes/login-routes.js
const { adapt } = require('../adapters/express-router-adapter')

const LoginRouterComposer = require('../composers/login-router-composer')

module.exports = router => {
  router.post('/login', adapt(LoginRouterComposer.compose()))
}
