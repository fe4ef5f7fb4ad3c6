// excerpt of https://github.com/bugoverfl0w/fastify-sequelize-basic@f6fe5f75f3dd:src/models/index.js
import configs from 'configs/Db'

import fs from 'fs'

import path from 'path'

import Sequelize from 'sequelize'

const env = process.env.NODE_ENV || 'development'

const db = {}

let sequelize

if (config.use_env_variable) {
  sequelize = new Sequelize(process.env[config.use_env_variable], { ...config, ...opts })
} else {
  sequelize = new Sequelize(config.database, config.username, config.password, { ...config, ...opts })
}

fs
  .readdirSync(__dirname)
  .filter(file => {
    return (file.indexOf('.') !== 0) && (file !== basename) && (file.slice(-3) === '.js')
  })
  .forEach(file => {
    const model = require(path.join(__dirname, file))(sequelize, Sequelize.DataTypes)
    db[model.name] = model
  })

Object.keys(db).forEach(modelName => {
  if (db[modelName].associate) {
    db[modelName].associate(db)
  }
})

db.sequelize = sequelize

db.Sequelize = Sequelize

module.exports = db
