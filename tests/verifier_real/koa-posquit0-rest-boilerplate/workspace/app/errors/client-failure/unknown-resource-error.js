// excerpt of posquit0/koa-rest-api-boilerplate@ed077b84458a:app/errors/client-failure/unknown-resource-error.js
const ClientFailure = require('./');

class UnknownResourceError extends ClientFailure {
  constructor(message) {
    super(message);
    this.name = 'UnknownResourceError';
  }
}

module.exports = UnknownResourceError;
