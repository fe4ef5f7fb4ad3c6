'use strict';
const { app } = require('./app.js');
const { db } = require('./db.js');

db.migrate.latest()
  .then(() => app.listen(Number(process.env.PORT || 3000), () => console.log('listening')))
  .catch((err) => { console.error(err); process.exit(1); });
