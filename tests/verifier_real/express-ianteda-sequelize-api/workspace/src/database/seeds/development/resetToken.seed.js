// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/database/seeds/development/resetToken.seed.js
import faker from 'faker';

const getResetTokenSeed = (users) => {
  try {
    // Check we have users to get an id from
    if (!users) throw new Error(`RESET TOKEN SEED ERROR: No users data provided.`);

    // Randomly pick the seed size
    const resetTokenSeedSize = faker.random.number({
      min: 30,
      max: 100,
    });

    // Reset token array
    let resetTokens = [];

    // Loop through reset token seed size
    for (let token = 1; token <= resetTokenSeedSize; token++) {
      // Randomly pick user id
      let UserId = _pickRandomUserId(users);

      // Randomly pick true or false used
      let isUsed = faker.random.boolean();

      // Push new reset token to the array
      resetTokens.push({
        UserId: UserId,
        isUsed: isUsed,
      });
    }

    return resetTokens;
  } catch (error) {
    console.log(error);
    return error;
  }
};
