// excerpt of https://github.com/MindSetFPS/express-sequelize-sqlite3-ejs-micro-api@6d37b4c6e850:src/Customer/CustomerModel.js
const { DataTypes } = require('sequelize')

const db = require('../../db')

const Customer = db.define('customer', {
    id: {
        type: DataTypes.INTEGER,
        unique: true,
        primaryKey: true,
        autoIncrement: true
    },
    name: {
        type: DataTypes.STRING,

    }
})
