// excerpt of https://github.com/kayzkenny/koa-sequelize@0a9b08b1d2f7:models/company.js
module.exports = (sequelize, DataTypes) => {
  const Company = sequelize.define(
    "Company",
    {
      name: DataTypes.STRING,
      city: DataTypes.STRING,
      address: DataTypes.STRING,
    },
    {}
  );
  Company.associate = function (models) {
    // associations can be defined here
    Company.hasMany(models.Job);
    Company.belongsTo(models.User);
  };
  return Company;
};
