const path = require('path');

module.exports = {
  client: 'pg',
  connection: process.env.DATABASE_URL,
  pool: { min: 1, max: 10 },
  migrations: { directory: path.join(__dirname, 'migrations') },
};
