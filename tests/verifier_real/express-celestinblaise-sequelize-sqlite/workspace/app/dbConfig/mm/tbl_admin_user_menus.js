// excerpt of https://github.com/Celestin-Blaise/NODEJS-SEQUELIZE-SQLITE-STARTER-KIT@446f8f74320b:app/dbConfig/mm/tbl_admin_user_menus.js
module.exports = function(sequelize, DataTypes) {
  return sequelize.define('tbl_admin_user_menus', {
    id: {
      type: DataTypes.INTEGER(10),
      allowNull: false,
      primaryKey: true,
      autoIncrement: true
    },
    menu_name: {
      type: DataTypes.STRING(50),
      allowNull: true
    },
    controller_name: {
      type: DataTypes.STRING(50),
      allowNull: true
    },
    del_status: {
      type: DataTypes.STRING(50),
      allowNull: true,
      defaultValue: 'Live'
    }
  }, {
    tableName: 'tbl_admin_user_menus'
  });
};
