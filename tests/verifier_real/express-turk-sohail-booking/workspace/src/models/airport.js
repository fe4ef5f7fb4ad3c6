// excerpt of https://github.com/turk-sohail/booking-app@0e43f8023e97:src/models/airport.js
const { Model, QueryInterface } = require("sequelize");

module.exports = (sequelize, DataTypes) => {
	class Airport extends Model {
		/**
		 * Helper method for defining associations.
		 * This method is not a part of Sequelize lifecycle.
		 * The `models/index` file will call this method automatically.
		 */
		static associate(models) {
			this.belongsTo(models.City, {
				foreignKey: "cityId",
				onDelete: "CASCADE",
				onUpdate: "CASCADE",
			});
			this.hasMany(models.Flight, {
				foreignKey: "departureAirportId",
				onDelete: "CASCADE",
			});
			this.hasMany(models.Flight, {
				foreignKey: "arrivalAirportId",
				onDelete: "CASCADE",
			});
		}
	}
	Airport.init(
		{
			name: {
				type: DataTypes.STRING,
				allowNull: false,
				unique: true,
			},
			code: {
				type: DataTypes.STRING,
				allowNull: false,
				unique: true,
			},
			address: {
				type: DataTypes.STRING,
				unique: true,
			},
			cityId: {
				type: DataTypes.INTEGER,
				allowNull: false,
			},
		},
		{
			sequelize,
			modelName: "Airport",
		}
	);
	return Airport;
};
