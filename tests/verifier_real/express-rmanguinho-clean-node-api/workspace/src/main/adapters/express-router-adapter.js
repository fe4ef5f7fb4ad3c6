// excerpt of https://github.com/rmanguinho/clean-node-api@9e52c6c368ef:src/main/adapters/express-router-adapter.js
module.exports = class ExpressRouterAdapter {
  static adapt (router) {
    return async (req, res) => {
      const httpRequest = {
        body: req.body
      }
      const httpResponse = await router.route(httpRequest)
      res.status(httpResponse.statusCode).json(httpResponse.body)
    }
  }
}
