// excerpt of posquit0/koa-rest-api-boilerplate@ed077b84458a:app/errors/client-failure/invalid-request-body-format.js
const ClientFailure = require('./');

class InvalidRequestBodyFormat extends ClientFailure {
  constructor(message) {
    super(message);
    this.name = 'InvalidRequestBodyFormat';
  }
}
