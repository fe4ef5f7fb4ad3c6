const healthRepository = require('../repositories/healthRepository');

async function status() {
  return { status: (await healthRepository.ping()) ? 'ok' : 'degraded' };
}

module.exports = { status };
