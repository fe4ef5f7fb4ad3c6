'use strict';
const router = require('./articles.controller');

module.exports = { router };
