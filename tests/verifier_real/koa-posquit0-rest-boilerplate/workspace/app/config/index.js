// excerpt of posquit0/koa-rest-api-boilerplate@ed077b84458a:app/config/index.js
const dotenv = require('dotenv');

const env = process.env.NODE_ENV || 'development';

const configs = {
  base: {
    env,
    name: process.env.APP_NAME || 'koa-rest-api-boilerplate',
    host: process.env.APP_HOST || '0.0.0.0',
    port: 7070
  },
  production: {
    port: process.env.APP_PORT || 7071
  },
  development: {
  },
  test: {
    port: 7072,
  }
};
