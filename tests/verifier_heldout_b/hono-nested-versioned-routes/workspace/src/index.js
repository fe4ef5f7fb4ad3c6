'use strict';
require('./app/server.js');
