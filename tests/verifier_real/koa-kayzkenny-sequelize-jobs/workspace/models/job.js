// excerpt of https://github.com/kayzkenny/koa-sequelize@0a9b08b1d2f7:models/job.js
module.exports = (sequelize, DataTypes) => {
  const Job = sequelize.define(
    "Job",
    {
      title: DataTypes.STRING,
    },
    {}
  );
  Job.associate = function (models) {
    // associations can be defined here
    Job.belongsTo(models.Company, {
      foreignKey: {
        allowNull: false,
      },
    });
    Job.belongsToMany(models.Candidate, {
      through: "Application",
    });
  };
  return Job;
};
