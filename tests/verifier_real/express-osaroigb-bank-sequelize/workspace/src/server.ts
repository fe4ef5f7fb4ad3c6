// excerpt of https://github.com/Osaroigb/Bank-Account-Management-API@3da94c0f3ee4:src/server.ts
import app from './app';

import http from 'http';

import config from './config';

import stoppable from 'stoppable';

import { gracefulShutdown, handleError, normalizePort, onListening } from './helpers/server';

app.set('port', port);

server.on('error', (error) => handleError(error, port));
