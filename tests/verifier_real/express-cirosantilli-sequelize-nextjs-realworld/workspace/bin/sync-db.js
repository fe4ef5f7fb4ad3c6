// excerpt of https://github.com/cirosantilli/node-express-sequelize-nextjs-realworld-example-app@b7f8b80dec84:bin/sync-db.js
(async () => {
  const path = require('path')
  const child_process = require('child_process')
  const { DatabaseError } = require('sequelize')
  const config = require('../front/config')
  const models = require('../models')

  const sequelize = models.getSequelize(path.dirname(__dirname))
  let dbEmpty = true
  try {
    await sequelize.models.SequelizeMeta.findOne()
    dbEmpty = false
  } catch (e) {
    if (e instanceof DatabaseError) {
      await models.sync(sequelize)
    }
  }
  if (!dbEmpty) {
    const env = process.env
    if (config.postgres) {
      env.NODE_ENV = 'production'
    }
    const out = child_process.spawnSync(
      'npx',
      ['sequelize-cli', 'db:migrate'],
      {
        env,
      }
    )
    console.error(out.stdout.toString())
    console.error(out.stderr.toString())
    process.exit(out.status)
  }
})()
