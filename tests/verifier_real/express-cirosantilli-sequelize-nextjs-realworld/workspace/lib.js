// excerpt of https://github.com/cirosantilli/node-express-sequelize-nextjs-realworld-example-app@b7f8b80dec84:lib.js
const config = require('./front/config')

async function deleteOldestForDemo(Model) {
  if (config.isDemo) {
    // Delete the oldest comments to keep data size limited.
    const old = await Model.findAll({
      order: [['createdAt', 'DESC']],
      offset: config.demoMaxObjs,
      limit: config.maxObjsInMemory,
      attributes: ['id'],
    })
    if (old.length) {
      await Model.destroy({ where: { id: old.map((row) => row.id) } })
    }
  }
}

class ValidationError extends Error {
  constructor(errors, status) {
    super()
    this.errors = errors
    this.status = status
  }
}

exports.ValidationError = ValidationError

async function getIndexTags(sequelize) {
  return (
    await sequelize.models.Tag.findAll({
      order: [
        ['createdAt', 'DESC'],
        ['name', 'ASC'],
      ],
    })
  ).map((tag) => tag.name)
}

function validateParam(obj, prop, validator, defaultValue) {
  let param = obj[prop]
  if (typeof param === 'undefined') {
    return defaultValue
  } else {
    let [val, ok] = validator(param)
    if (ok) {
      return val
    } else {
      throw new ValidationError(
        {
          [prop]: [
            `validator ${validator.name} failed on ${prop} = "${param}"`,
          ],
        },
        422
      )
    }
  }
}
