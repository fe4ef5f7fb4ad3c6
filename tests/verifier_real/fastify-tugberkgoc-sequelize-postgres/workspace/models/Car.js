// excerpt of https://github.com/tugberkgoc/fastify-sequelize-postgres@1edb33cdab77:models/Car.js
module.exports = (sequelize, DataTypes) => {
  const Car = sequelize.define(
    'car',
    {
      model: {
        type: DataTypes.STRING,
        allowNull: false,
        field: 'model'
      },
    },
  )

  return Car
}
