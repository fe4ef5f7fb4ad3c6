// excerpt of https://github.com/MindSetFPS/express-sequelize-sqlite3-ejs-micro-api@6d37b4c6e850:db.js
const Sequelize = require('sequelize')

module.exports = 
    new Sequelize({
       dialect: 'sqlite',
       storage: './db.sqlite',
    }
)
