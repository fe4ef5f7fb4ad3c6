'use strict';

/** Use case behind GET /health: is the application able to serve requests? */
class HealthInteractor {
  constructor({ healthDao }) {
    this.healthDao = healthDao;
  }

  async check() {
    try {
      const latencyMs = await this.healthDao.ping();
      return { status: 'ok', database: { up: true, latencyMs: Math.round(latencyMs * 100) / 100 } };
    } catch (error) {
      return { status: 'degraded', database: { up: false, error: String(error?.message ?? error) } };
    }
  }
}

module.exports = { HealthInteractor };
