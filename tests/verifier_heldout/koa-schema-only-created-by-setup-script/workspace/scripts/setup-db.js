// Creates the tables. Run once: `npm run db:setup`.
const { sequelize } = require('../src/models');

sequelize
  .sync({ alter: true })
  .then(() => {
    console.log('schema ready');
    return sequelize.close();
  })
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
