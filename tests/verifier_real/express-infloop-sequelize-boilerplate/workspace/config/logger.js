// excerpt of https://github.com/infloop/node-express-sequelize-boilerplate@5f353bfbe4a7:config/logger.js
var winston = require('winston');

var env = process.env.NODE_ENV || 'development';

var config = require('./config')[env];
