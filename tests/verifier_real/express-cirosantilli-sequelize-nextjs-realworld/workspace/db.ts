// excerpt of https://github.com/cirosantilli/node-express-sequelize-nextjs-realworld-example-app@b7f8b80dec84:db.ts
import path from 'path'

const models = require('./models')

const sequelize = models.getSequelize(path.join(process.cwd()))

export default sequelize
