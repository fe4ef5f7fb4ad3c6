// excerpt of posquit0/koa-rest-api-boilerplate@ed077b84458a:app/middlewares/body-parser.js
const debug = require('debug')('koa:bodyparser');

const bodyParser = require('koa-bodyparser');

const { InvalidRequestBodyFormat } = require('../errors');
