// excerpt of sequelize/express-example@7304dc6ff4b8:express-main-example/sqlite-example-database/helpers/random.js
