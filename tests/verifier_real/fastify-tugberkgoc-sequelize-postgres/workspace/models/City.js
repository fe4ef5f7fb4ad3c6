// excerpt of https://github.com/tugberkgoc/fastify-sequelize-postgres@1edb33cdab77:models/City.js
module.exports = (sequelize, DataTypes) => {
  const City = sequelize.define(
    'city',
    {
      name: {
        type: DataTypes.STRING,
        allowNull: false,
        field: 'name'
      },
    },
  )

  return City
}
