'use strict';
const { databaseReady } = require('../repositories/health.js');

async function health() {
  return { status: (await databaseReady()) ? 'ok' : 'degraded' };
}

module.exports = { health };
