// excerpt of https://github.com/kayzkenny/koa-sequelize@0a9b08b1d2f7:models/candidate.js
module.exports = (sequelize, DataTypes) => {
  const Candidate = sequelize.define(
    "Candidate",
    {
      firstName: DataTypes.STRING,
      lastName: DataTypes.STRING,
      email: DataTypes.STRING,
    },
    {}
  );
  Candidate.associate = function (models) {
    // associations can be defined here
    Candidate.belongsToMany(models.Job, {
      through: "Application",
    });
  };
  return Candidate;
};
