// excerpt of posquit0/koa-rest-api-boilerplate@ed077b84458a:app/errors/client-failure/index.js
const ApplicationError = require('../application-error');

class ClientFailure extends ApplicationError {
  constructor(message) {
    super(message);
    this.name = 'ClientFailure';
  }
}
