'use strict';

const createError = require('http-errors');

function problem(status, errors) {
  const message = Object.values(errors).flat().join(', ');
  return createError(status, message, { errors, expose: true });
}

class ValidationError {
  constructor(field, message = "can't be blank") {
    return problem(422, { [field]: [message] });
  }
}

class UnauthorizedError {
  constructor(message = 'missing or invalid token') {
    return problem(401, { token: [message] });
  }
}

class ForbiddenError {
  constructor(what = 'article') {
    return problem(403, { [what]: ['forbidden'] });
  }
}

class NotFoundError {
  constructor(what = 'article') {
    return problem(404, { [what]: ['not found'] });
  }
}

module.exports = { ValidationError, UnauthorizedError, ForbiddenError, NotFoundError };
