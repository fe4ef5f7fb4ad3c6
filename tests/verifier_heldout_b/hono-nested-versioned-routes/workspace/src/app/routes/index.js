'use strict';
// Versioned API: v1 is the Conduit contract.
const { apiApp } = require('./v1/api.js');

module.exports = { v1: apiApp };
