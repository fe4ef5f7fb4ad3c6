// excerpt of https://github.com/Celestin-Blaise/NODEJS-SEQUELIZE-SQLITE-STARTER-KIT@446f8f74320b:app/dbConfig/mm/tbl_attendance.js
module.exports = function(sequelize, DataTypes) {
  return sequelize.define('tbl_attendance', {
    id: {
      type: DataTypes.INTEGER(10),
      allowNull: false,
      primaryKey: true,
      autoIncrement: true
    },
    reference_no: {
      type: DataTypes.STRING(50),
      allowNull: true
    },
    employee_id: {
      type: DataTypes.INTEGER(10),
      allowNull: true
    },
    date: {
      type: DataTypes.DATEONLY,
      allowNull: true
    },
    in_time: {
      type: DataTypes.TIME,
      allowNull: true
    },
    out_time: {
      type: DataTypes.TIME,
      allowNull: true
    },
    note: {
      type: DataTypes.STRING(200),
      allowNull: true
    },
    user_id: {
      type: DataTypes.INTEGER(10),
      allowNull: true
    },
    company_id: {
      type: DataTypes.INTEGER(10),
      allowNull: true
    },
    del_status: {
      type: DataTypes.STRING(50),
      allowNull: true,
      defaultValue: 'Live'
    }
  }, {
    tableName: 'tbl_attendance'
  });
};
