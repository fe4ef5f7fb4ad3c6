// excerpt of https://github.com/infloop/node-express-sequelize-boilerplate@5f353bfbe4a7:server.js
var express = require("express");

var passport = require('passport');

var logger = require("./config/logger");

var env = process.env.NODE_ENV || 'development';

var config = require('./config/config')[env];

app.set("models", require("./app/model"));

var repositoryFactory = require("./app/repository/RepositoryFactory").init(app);

app.set("constants", require("./config/constants"));

require("./app/auth/")(passport, config, app);

require('./config/express')(app, config, passport);

require('./app/route')(app, passport);

app.listen(config.app.port);

logger.info('listening on port ' + config.app.port);
