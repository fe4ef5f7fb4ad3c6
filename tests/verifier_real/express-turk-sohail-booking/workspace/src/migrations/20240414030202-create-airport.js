// excerpt of https://github.com/turk-sohail/booking-app@0e43f8023e97:src/migrations/20240414030202-create-airport.js
module.exports = {
	async up(queryInterface, Sequelize) {
		await queryInterface.createTable("Airports", {
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
			code: {
				type: Sequelize.STRING,
				allowNull: false,
				unique: true,
			},
			address: {
				type: Sequelize.STRING,
				allowNull: false,
			},
			cityId: {
				type: Sequelize.INTEGER,
				allowNull: false,
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
		await queryInterface.dropTable("Airports");
	},
};
