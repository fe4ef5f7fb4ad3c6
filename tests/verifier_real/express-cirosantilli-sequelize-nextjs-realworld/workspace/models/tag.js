// excerpt of https://github.com/cirosantilli/node-express-sequelize-nextjs-realworld-example-app@b7f8b80dec84:models/tag.js
const { DataTypes } = require('sequelize')

module.exports = (sequelize) => {
  const Tag = sequelize.define(
    'Tag',
    {
      name: {
        type: DataTypes.STRING,
        unique: {
          message: 'Tag name must be unique.',
        },
      },
    },
    {
      indexes: [
        {
          fields: ['createdAt'],
        },
      ],
    }
  )

  return Tag
}
