// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/services/users/create.service.js
import { statusCodes } from '../../configs';

import { User } from '../../database';

const createOne = async (userData) => {
  try {
    // Check we have user data to create with
    if (!userData) {
      const error = new Error('SERVICE ERROR: User request contained no data.');
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    // Build user data to create with
    const newUserData = {
      firstName: userData.firstName,
      lastName: userData.lastName,
      email: userData.email,
      password: userData.password,
    };

    // Create new user
    const createdUser = await User.create(newUserData);

    // Check we have a create user instance to return
    if (!createdUser) {
      const error = new Error(`SERVICE ERROR: Unable to create user.`);
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    return createdUser;
  } catch (error) {
    throw error;
  }
};
