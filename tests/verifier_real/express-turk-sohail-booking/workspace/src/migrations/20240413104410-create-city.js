// excerpt of https://github.com/turk-sohail/booking-app@0e43f8023e97:src/migrations/20240413104410-create-city.js
module.exports = {
	async up(queryInterface, Sequelize) {
		await queryInterface.createTable("Cities", {
			id: {
				allowNull: false,
				autoIncrement: true,
				primaryKey: true,
				type: Sequelize.INTEGER,
			},
			name: {
				type: Sequelize.STRING,
				allowNull: false,
				unique: true,
			},
			createdAt: {
				allowNull: false,
				type: Sequelize.DATE,
			},
			updatedAt: {
				allowNull: false,
				type: Sequelize.DATE,
			},
		});
	},
	async down(queryInterface, Sequelize) {
		await queryInterface.dropTable("Cities");
	},
};
