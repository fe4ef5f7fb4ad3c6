// excerpt of https://github.com/infloop/node-express-sequelize-boilerplate@5f353bfbe4a7:app/model/Role.js
var logger = require("../../config/logger");

module.exports = function(sequelize, DataTypes) {

    var Role = sequelize.define('role', {

        id: { 
            type: DataTypes.INTEGER, 
            primaryKey: true, 
            autoIncrement: true
        },

        name: {
            type : DataTypes.STRING,
            unique: true,
            validate: {
                notNull: true,
                notEmpty: true
            }
        },

    }, {

        validate : {

        },

        instanceMethods: {

        }

    });

    return Role;
};
