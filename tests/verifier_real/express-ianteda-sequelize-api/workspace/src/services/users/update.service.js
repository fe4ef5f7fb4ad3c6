// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/services/users/update.service.js
import { statusCodes } from '../../configs';

import { User } from '../../database';

const updateOneByPk = async (id, userUpdateData) => {
  try {
    // Check a user id and data has been passed in
    if (!id || !userUpdateData) {
      const error = new Error('SERVICE ERROR: Insufficient parameters in user update request.');
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    // Find user instance to be updated
    const foundUser = await User.findOne({
      where: {
        id: id,
      },
    });

    // Check we have a found user instance to update
    if (!foundUser) {
      const error = new Error(`SERVICE ERROR: User ${id} was not found to update.`);
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    // Update user information only if we have a new value
    if (userUpdateData.firstName) foundUser.firstName = userUpdateData.firstName;
    if (userUpdateData.lastName) foundUser.lastName = userUpdateData.lastName;
    if (userUpdateData.email) foundUser.email = userUpdateData.email;
    if (userUpdateData.lastLogin) foundUser.lastLogin = userUpdateData.lastLogin;
    if (userUpdateData.password) foundUser.password = userUpdateData.password;
    if (userUpdateData.status) foundUser.status = userUpdateData.status;
    if (userUpdateData.isEmailConfirmed) foundUser.isEmailConfirmed = userUpdateData.isEmailConfirmed;

    // Save update user instance to the database
    await foundUser.save();

    // Return the saved instance
    return foundUser;
  } catch (error) {
    throw error;
  }
};

const updateOneByEmail = async (email, userUpdateData) => {
  try {
    // Check an email and user data has been passed in
    if (!email || !userUpdateData) {
      const error = new Error('SERVICE ERROR: Insufficient parameters in user update request.');
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    // Find user instance to be updated
    let foundUser = await User.findOne({
      where: {
        email: email,
      },
    });

    // Check we have a found user to update
    if (!foundUser) {
      const error = new Error(`SERVICE ERROR: User ${email} was not found to update.`);
      error.statusCode = 500;
      throw error;
    }

    // Update user information only if we have a value
    if (userUpdateData.firstName) foundUser.firstName = userUpdateData.firstName;
    if (userUpdateData.lastName) foundUser.lastName = userUpdateData.lastName;
    if (userUpdateData.email) foundUser.email = userUpdateData.email;
    if (userUpdateData.lastLogin) foundUser.lastLogin = userUpdateData.lastLogin;
    if (userUpdateData.password) foundUser.password = userUpdateData.password;
    if (userUpdateData.status) foundUser.status = userUpdateData.status;
    if (userUpdateData.isEmailConfirmed) foundUser.isEmailConfirmed = userUpdateData.isEmailConfirmed;

    // Save user instance to the database
    await foundUser.save();

    // Return the saved instance
    return foundUser;
  } catch (error) {
    throw error;
  }
};
