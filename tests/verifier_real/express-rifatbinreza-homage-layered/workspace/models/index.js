// excerpt of https://github.com/RifatBinReza/Homage@b36fd74a419e:models/index.js
const Sequelize = require("sequelize");

const sequelize = new Sequelize(
  process.env.DATABASE,
  process.env.DATABASE_USER,
  process.env.DATABASE_PASSWORD,
  {
    dialect: "postgres",
    host: process.env.DATABASE_HOST,
  }
);

const models = {
  user: require("./User")(sequelize, Sequelize),
  address: require("./Address")(sequelize, Sequelize),
  booking: require("./Booking")(sequelize, Sequelize),
  centre: require("./Centre")(sequelize, Sequelize),
  nurse: require("./Nurse")(sequelize, Sequelize),
  patient: require("./Patient")(sequelize, Sequelize),
  schedule: require("./Schedule")(sequelize, Sequelize),
};

module.exports = { sequelize, models };
