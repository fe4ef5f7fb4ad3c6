// excerpt of posquit0/koa-rest-api-boilerplate@ed077b84458a:app/errors/index.js
const ApplicationError = require('./application-error');

const ClientFailure = require('./client-failure');

const UnknownResourceError = require('./client-failure/unknown-resource-error');

const InvalidRequestBodyFormat = require('./client-failure/invalid-request-body-format');

module.exports = {
  ApplicationError,
  ClientFailure,
  UnknownResourceError,
  InvalidRequestBodyFormat,
};
