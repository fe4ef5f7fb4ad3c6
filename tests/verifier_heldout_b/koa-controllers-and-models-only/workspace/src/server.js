'use strict';
const { app, sequelize } = require('./app.js');

sequelize.sync().then(() => app.listen(Number(process.env.PORT || 3000)));
