// excerpt of https://github.com/MindSetFPS/express-sequelize-sqlite3-ejs-micro-api@6d37b4c6e850:src/Calendar/CalendarModel.js
const { DataTypes, Sequelize, ForeignKeyConstraintError } = require('sequelize')

const db = require('../../db')

const Calendar = db.define('calendar', {
    id: {
        type: DataTypes.INTEGER,
        unique: true,
        primaryKey: true,
        autoIncrement: true
    },
    date: {
        type: DataTypes.DATEONLY,
        allowNull: false,

    },

})
