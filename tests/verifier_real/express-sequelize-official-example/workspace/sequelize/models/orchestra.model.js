// excerpt of sequelize/express-example@7304dc6ff4b8:express-main-example/sequelize/models/orchestra.model.js
const { DataTypes } = require('sequelize');

module.exports = (sequelize) => {
	sequelize.define('orchestra', {
		// The following specification of the 'id' attribute could be omitted
		// since it is the default.
		id: {
			allowNull: false,
			autoIncrement: true,
			primaryKey: true,
			type: DataTypes.INTEGER
		},
		name: {
			allowNull: false,
			type: DataTypes.STRING
		},
	});
};
