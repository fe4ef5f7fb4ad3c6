const { Client } = require('pg');
module.exports = async () => {
  const client = new Client();
  await client.query('TRUNCATE TABLE articles');
};
