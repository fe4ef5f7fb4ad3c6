// excerpt of https://github.com/cirosantilli/node-express-sequelize-nextjs-realworld-example-app@b7f8b80dec84:models/sequelize_meta.js
const { DataTypes } = require('sequelize')

module.exports = (sequelize) => {
  const SequelizeMeta = sequelize.define(
    'SequelizeMeta',
    {
      name: {
        type: DataTypes.STRING,
        primaryKey: true,
        unique: true,
        allowNull: false,
      },
    },
    {
      timestamps: false,
    }
  )
  return SequelizeMeta
}
