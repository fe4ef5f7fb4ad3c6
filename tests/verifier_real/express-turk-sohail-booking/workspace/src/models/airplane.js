// excerpt of https://github.com/turk-sohail/booking-app@0e43f8023e97:src/models/airplane.js
const { Model } = require("sequelize");

module.exports = (sequelize, DataTypes) => {
	class Airplane extends Model {
		/**
		 * Helper method for defining associations.
		 * This method is not a part of Sequelize lifecycle.
		 * The `models/index` file will call this method automatically.
		 */
		static associate(models) {
			// define association here
			this.hasMany(models.Flight, {
				foreignKey: "airplaneId",
				onDelete: "CASCADE",
			});
			this.hasMany(models.Seat, {
				foreignKey: "airplaneId",
				onDelete: "CASCADE",
			});
		}
	}
	Airplane.init(
		{
			modelNumber: { type: DataTypes.STRING, allowNull: false },
			capacity: { type: DataTypes.INTEGER, allowNull: false },
		},
		{
			sequelize,
			modelName: "Airplane",
		}
	);
	return Airplane;
};
