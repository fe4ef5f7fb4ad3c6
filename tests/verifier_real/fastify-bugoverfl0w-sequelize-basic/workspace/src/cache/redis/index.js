// excerpt of https://github.com/bugoverfl0w/fastify-sequelize-basic@f6fe5f75f3dd:src/cache/redis/index.js
import fs from 'fs'

import path from 'path'

fs
  .readdirSync(__dirname)
  .filter(file => {
    return (file.indexOf('.') !== 0) && (file !== basename) && (file.slice(-3) === '.js')
  })
  .forEach(file => {
    const obj = require(path.join(__dirname, file))
    const key = file.replace(/.js$/g, '')
      .split('.')
      .map(word => word.charAt(0).toUpperCase() + word.slice(1))
      .join('')
    objects[key] = obj
  })
