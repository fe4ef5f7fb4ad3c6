'use strict';

/** Reachability of the database, for the health endpoint. */
class HealthDao {
  constructor(sequelize) {
    this.sequelize = sequelize;
  }

  async ping() {
    const started = process.hrtime.bigint();
    await this.sequelize.authenticate();
    return Number(process.hrtime.bigint() - started) / 1e6;
  }
}

module.exports = { HealthDao };
