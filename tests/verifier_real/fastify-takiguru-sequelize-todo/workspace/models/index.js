// excerpt of https://github.com/takiguru/fastify-sequelize-todo@d45f9aa2a766:models/index.js
const fs = require('fs');

const path = require('path');

const Sequelize = require('sequelize');

const config = require('config');

const sequelize = new Sequelize(databaseConfig.sequelizeOptions);

fs.readdirSync(__dirname)
    .filter((file) => {
        return (
            file.indexOf('.') !== 0 &&
            file !== basename &&
            file.slice(-3) === '.js'
        );
    })
    .forEach((file) => {
        const model = require(path.join(__dirname, file))(
            sequelize,
            Sequelize.DataTypes,
        );
        database[model.name] = model;
    });

database.sequelize = sequelize;

database.Sequelize = Sequelize;
