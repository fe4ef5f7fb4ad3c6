// excerpt of https://github.com/turk-sohail/booking-app@0e43f8023e97:src/migrations/20240419102738-modified airport model.js
module.exports = {
	async up(queryInterface, Sequelize) {
		/**
		 * Add altering commands here.
		 *
		 * Example:
		 * await queryInterface.createTable('users', { id: Sequelize.INTEGER });
		 */

		await queryInterface.changeColumn("Airports", "address", {
			type: Sequelize.STRING,
			allowNull: true,
			default: null,
		});
	},

	async down(queryInterface, Sequelize) {
		/**
		 * Add reverting commands here.
		 *
		 * Example:
		 * await queryInterface.dropTable('users');
		 */
	},
};
