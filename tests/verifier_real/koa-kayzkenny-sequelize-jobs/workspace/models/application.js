// excerpt of https://github.com/kayzkenny/koa-sequelize@0a9b08b1d2f7:models/application.js
module.exports = (sequelize, DataTypes) => {
  const Application = sequelize.define('Application', {
    status_id: DataTypes.INTEGER
  }, {});
  Application.associate = function(models) {
    // associations can be defined here
  };
  return Application;
};
