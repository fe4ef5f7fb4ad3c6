const app = require('./app');
const { sequelize } = require('./models');

const port = Number(process.env.PORT || 8080);

sequelize
  .sync()
  .then(() => app.listen(port, () => console.log(`conduit listening on ${port}`)))
  .catch((err) => {
    console.error('failed to start', err);
    process.exit(1);
  });
