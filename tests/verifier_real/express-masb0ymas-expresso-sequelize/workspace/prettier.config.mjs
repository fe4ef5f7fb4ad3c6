// excerpt of https://github.com/masb0ymas/expresso-sequelize@bf08321bb562:prettier.config.mjs
