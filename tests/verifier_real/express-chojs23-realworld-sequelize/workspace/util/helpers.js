// excerpt of https://github.com/chojs23/realword-express-sequelize@15e9a3420675:util/helpers.js
