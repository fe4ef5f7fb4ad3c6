'use strict';
const router = require('./users.controller');

module.exports = { router };
