'use strict';
const createError = require('http-errors');

// Errors carry the key of the offending field; the controllers render them.
const validation = (key, message = "can't be blank") => createError(422, message, { key });
const unauthorized = (message = 'unauthorized') => createError(401, message);
const forbidden = (message = 'forbidden') => createError(403, message);
const notFound = (message = 'not found') => createError(404, message);

module.exports = { validation, unauthorized, forbidden, notFound };
