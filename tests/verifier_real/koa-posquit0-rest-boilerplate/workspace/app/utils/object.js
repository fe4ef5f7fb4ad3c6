// excerpt of posquit0/koa-rest-api-boilerplate@ed077b84458a:app/utils/object.js
const { isUndefined } = require('util');
