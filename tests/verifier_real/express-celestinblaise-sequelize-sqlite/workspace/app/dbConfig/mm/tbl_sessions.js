// excerpt of https://github.com/Celestin-Blaise/NODEJS-SEQUELIZE-SQLITE-STARTER-KIT@446f8f74320b:app/dbConfig/mm/tbl_sessions.js
module.exports = function(sequelize, DataTypes) {
  return sequelize.define('tbl_sessions', {
    id: {
      type: DataTypes.STRING(128),
      allowNull: false
    },
    ip_address: {
      type: DataTypes.STRING(45),
      allowNull: false
    },
    timestamp: {
      type: DataTypes.INTEGER(10).UNSIGNED,
      allowNull: false,
      defaultValue: '0'
    },
    data: {
      type: "BLOB",
      allowNull: false
    }
  }, {
    tableName: 'tbl_sessions'
  });
};
