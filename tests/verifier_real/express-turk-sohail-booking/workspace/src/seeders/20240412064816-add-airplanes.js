// excerpt of https://github.com/turk-sohail/booking-app@0e43f8023e97:src/seeders/20240412064816-add-airplanes.js
module.exports = {
	async up(queryInterface, Sequelize) {
		/**
		 * Add seed commands here.
		 *
		 * Example:
		 * await queryInterface.bulkInsert('People', [{
		 *   name: 'John Doe',
		 *   isBetaMember: false
		 * }], {});
		 */

		await queryInterface.bulkInsert(
			"Airplanes",
			[
				{
					modelNumber: "B-152",
					capacity: 250,
					createdAt: new Date(),
					updatedAt: new Date(),
				},
				{
					modelNumber: "F-380",
					capacity: 108,
					createdAt: new Date(),
					updatedAt: new Date(),
				},
				{
					modelNumber: "R-56f",
					capacity: 300,
					createdAt: new Date(),
					updatedAt: new Date(),
				},
			],
			{}
		);
	},

	async down(queryInterface, Sequelize) {
		/**
		 * Add commands to revert seed here.
		 *
		 * Example:
		 * await queryInterface.bulkDelete('People', null, {});
		 */
	},
};
