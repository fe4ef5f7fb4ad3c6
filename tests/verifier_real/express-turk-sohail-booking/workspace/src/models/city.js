// excerpt of https://github.com/turk-sohail/booking-app@0e43f8023e97:src/models/city.js
const { Model } = require("sequelize");

module.exports = (sequelize, DataTypes) => {
	class City extends Model {
		/**
		 * Helper method for defining associations.
		 * This method is not a part of Sequelize lifecycle.
		 * The `models/index` file will call this method automatically.
		 */
		static associate(models) {
			this.hasMany(models.Airport, {
				foreignKey: "cityId",
				onDelete: "CASCADE",
				onUpdate: "CASCADE",
			});
		}
	}
	City.init(
		{
			name: { type: DataTypes.STRING, allowNull: false, unique: true },
		},
		{
			sequelize,
			modelName: "City",
		}
	);
	return City;
};
