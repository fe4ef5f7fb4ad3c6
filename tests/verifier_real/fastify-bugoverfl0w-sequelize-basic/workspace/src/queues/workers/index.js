// excerpt of https://github.com/bugoverfl0w/fastify-sequelize-basic@f6fe5f75f3dd:src/queues/workers/index.js
import fs from 'fs'

import path from 'path'

fs
  .readdirSync(__dirname)
  .filter(file => {
    return (file.indexOf('.') !== 0) && file !== 'index.js' && (file !== basename) && (file.slice(-3) === '.js')
  })
  .forEach(file => {
    files.push(require(path.join(__dirname, file.replace('.js', ''))))
  })
