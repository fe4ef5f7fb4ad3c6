// excerpt of https://github.com/chojs23/realword-express-sequelize@15e9a3420675:util/database.js
const { Sequelize } = require("sequelize");

const sequelize = new Sequelize("conduit", "root", "1234", {
  dialect: "mysql",
  host: "127.0.0.1",
});

const checkConnection = async () => {
  try {
    await sequelize.authenticate();
    console.log(`DB Connected`.cyan.underline.bold);
  } catch (error) {
    console.error("Unable to connect to the database:".red.bold, error);
  }
};

module.exports = sequelize;
