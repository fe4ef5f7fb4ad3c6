const { Client } = require('pg');

// lightweight liveness probe that does not depend on the ORM pool
module.exports = async function health(ctx) {
  const client = new Client();
  try {
    await client.connect();
    await client.query('SELECT 1');
    ctx.body = { status: 'ok' };
  } catch (err) {
    ctx.status = 503;
    ctx.body = { status: 'down', error: err.message };
  } finally {
    await client.end().catch(() => {});
  }
};
