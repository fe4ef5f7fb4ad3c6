// excerpt of posquit0/koa-rest-api-boilerplate@ed077b84458a:app/middlewares/cors.js
const debug = require('debug')('koa:cors');

const cors = require('@koa/cors');
