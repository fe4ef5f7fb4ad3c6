// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/database/seeds/development/confirmEmailToken.seed.js
import faker from 'faker';

const getConfirmEmailTokenSeed = (users) => {
  try {
    // Check we have users to get an id from
    if (!users) throw new Error(`RESET TOKEN SEED ERROR: No users data provided.`);

    // Randomly pick the seed size
    const confirmEmailSeedSize = faker.random.number({
      min: 30,
      max: 100,
    });

    // Reset token array
    let confirmEmailTokens = [];

    // Loop through reset token seed size
    for (let token = 1; token <= confirmEmailSeedSize; token++) {
      // Randomly pick user id
      let UserId = _pickRandomUserId(users);

      // Push new reset token to the array
      confirmEmailTokens.push({
        UserId: UserId
      });
    }

    return confirmEmailTokens;
  } catch (error) {
    console.log(error);
    return error;
  }
};
