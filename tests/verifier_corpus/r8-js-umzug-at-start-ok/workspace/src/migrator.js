const path = require('path');
const { Umzug, SequelizeStorage } = require('umzug');
const { sequelize } = require('./db');

async function migrate() {
  const runner = new Umzug({
    migrations: { glob: path.join(__dirname, 'migrations', '*.js') },
    context: sequelize.getQueryInterface(),
    storage: new SequelizeStorage({ sequelize }),
    logger: undefined,
  });
  await runner.up();
}

module.exports = { migrate };
