// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/server.js
import bodyParser from 'body-parser';

import express from 'express';

import morgan from 'morgan';

import passport from 'passport';

import { passport as strategies } from './configs';

import { errors as errorsMiddleware, notFound as notFoundMiddleware } from './middleware';

import router from './router';

import { logger } from './utils';

switch (process.env.NODE_ENV) {
  case 'production':
    defaultPort = 8080;
    break;
  case 'development':
    defaultPort = 3000;
    break;
  case 'test':
    defaultPort = 3333;
    break;
  default:
    defaultPort = 3000;
    break;
}

server.set('http_port', process.env.HTTP_PORT || defaultPort);

server.set('https_port', process.env.HTTPS_PORT || 8443);

if (process.env.NODE_ENV !== 'test') {
  server.use(
    morgan('{"remote_addr": ":remote-addr", "remote_user": ":remote-user", "date": ":date[clf]", "method": ":method", "url": ":url", "http_version": ":http-version", "status": ":status", "result_length": ":res[content-length]", "referrer": ":referrer", "user_agent": ":user-agent", "response_time": ":response-time"}', {
      stream: logger.stream,
    })
  );
}

server.use('/api', router);
