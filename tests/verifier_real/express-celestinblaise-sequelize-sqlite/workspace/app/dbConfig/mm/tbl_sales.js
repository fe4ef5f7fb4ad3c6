// excerpt of https://github.com/Celestin-Blaise/NODEJS-SEQUELIZE-SQLITE-STARTER-KIT@446f8f74320b:app/dbConfig/mm/tbl_sales.js
module.exports = function(sequelize, DataTypes) {
  return sequelize.define('tbl_sales', {
    id: {
      type: DataTypes.INTEGER(10),
      allowNull: false,
      primaryKey: true,
      autoIncrement: true
    },
    customer_id: {
      type: DataTypes.STRING(50),
      allowNull: true
    },
    sale_no: {
      type: DataTypes.STRING(30),
      allowNull: false,
      defaultValue: '000000'
    },
    total_items: {
      type: DataTypes.INTEGER(10),
      allowNull: true
    },
    sub_total: {
      type: DataTypes.FLOAT,
      allowNull: true
    },
    paid_amount: {
      type: "DOUBLE(10,2)",
      allowNull: true
    },
    due_amount: {
      type: DataTypes.FLOAT,
      allowNull: true
    },
    disc: {
      type: DataTypes.STRING(50),
      allowNull: true
    },
    disc_actual: {
      type: DataTypes.FLOAT,
      allowNull: true
    },
    vat: {
      type: DataTypes.FLOAT,
      allowNull: true
    },
    total_payable: {
      type: DataTypes.FLOAT,
      allowNull: true
    },
    payment_method_id: {
      type: DataTypes.INTEGER(10),
      allowNull: true
    },
    close_time: {
      type: DataTypes.TIME,
      allowNull: false
    },
    table_id: {
      type: DataTypes.INTEGER(10),
      allowNull: true
    },
    total_item_discount_amount: {
      type: DataTypes.FLOAT,
      allowNull: false
    },
    sub_total_with_discount: {
      type: DataTypes.FLOAT,
      allowNull: false
    },
    sub_total_discount_amount: {
      type: DataTypes.FLOAT,
      allowNull: false
    },
    total_discount_amount: {
      type: DataTypes.FLOAT,
      allowNull: false
    },
    delivery_charge: {
      type: DataTypes.FLOAT,
      allowNull: false
    },
    sub_total_discount_value: {
      type: DataTypes.STRING(10),
      allowNull: false
    },
    sub_total_discount_type: {
      type: DataTypes.STRING(20),
      allowNull: false
    },
    sale_date: {
      type: DataTypes.STRING(20),
      allowNull: false
    },
    date_time: {
      type: DataTypes.DATE,
      allowNull: false,
      defaultValue: sequelize.fn('current_timestamp')
    },
    order_time: {
      type: DataTypes.TIME,
      allowNull: false
    },
    cooking_start_time: {
      type: DataTypes.DATE,
      allowNull: false
    },
    cooking_done_time: {
      type: DataTypes.DATE,
      allowNull: false
    },
    modified: {
      type: DataTypes.ENUM('Yes','No'),
      allowNull: false,
      defaultValue: 'No'
    },
    user_id: {
      type: DataTypes.INTEGER(10),
      allowNull: true
    },
    waiter_id: {
      type: DataTypes.INTEGER(10),
      allowNull: false,
      defaultValue: '0'
    },
    outlet_id: {
      type: DataTypes.INTEGER(10),
      allowNull: true
    },
    order_status: {
      type: DataTypes.INTEGER(1),
      allowNull: false
    },
    order_type: {
      type: DataTypes.INTEGER(1),
      allowNull: false
    },
    del_status: {
      type: DataTypes.STRING(50),
      allowNull: true,
      defaultValue: 'Live'
    },
    sale_vat_objects: {
      type: DataTypes.TEXT,
      allowNull: true
    }
  }, {
    tableName: 'tbl_sales'
  });
};
