'use strict';

const config = require('./config');
const { initSchema } = require('./db');
const { createApp } = require('./app');

initSchema();
createApp().listen(config.port, () => console.log(`conduit listening on ${config.port}`));
