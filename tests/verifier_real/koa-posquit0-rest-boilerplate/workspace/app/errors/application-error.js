// excerpt of posquit0/koa-rest-api-boilerplate@ed077b84458a:app/errors/application-error.js
class ApplicationError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ApplicationError';
  }
}

module.exports = ApplicationError;
