'use strict';

const config = require('./config');
const { migrate } = require('./db');
const { createApp } = require('./app');

migrate();
const port = Number(process.env.PORT) || config.port;
createApp().listen(port, () => {
  console.log(`conduit (${config.env}) listening on ${port}`);
});
