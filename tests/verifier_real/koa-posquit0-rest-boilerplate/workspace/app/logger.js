// excerpt of posquit0/koa-rest-api-boilerplate@ed077b84458a:app/logger.js
const pino = require('pino');

const serializers = require('@kasa/koa-logging/lib/serializers');

const config = require('./config/logger');
