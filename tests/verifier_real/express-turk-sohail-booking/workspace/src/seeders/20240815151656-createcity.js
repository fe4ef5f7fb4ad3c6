// excerpt of https://github.com/turk-sohail/booking-app@0e43f8023e97:src/seeders/20240815151656-createcity.js
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
      "Cities",
      [
        {
          name: "Karachi",
          createdAt: new Date(),
					updatedAt: new Date(),
        },
        {
          name: "Lahore",
          createdAt: new Date(),
					updatedAt: new Date(),
        },
        {
          name: "Multan",
          createdAt: new Date(),
					updatedAt: new Date(),
        },
        {
          name: "Islamabad",
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

    await queryInterface.bulkInsert(
      "Cities",
      [
        {
          name: "Islamabad",
        },
        {
          name: "Lahore",
        },
      ],
      {}
    );
  },
};
