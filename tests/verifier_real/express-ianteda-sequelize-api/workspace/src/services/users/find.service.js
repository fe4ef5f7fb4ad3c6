// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/services/users/find.service.js
import { statusCodes } from '../../configs';

import { User } from '../../database';

const findAll = async (offset, limit, where) => {
  try {
    // Find all users within the limit and offset, where the query is filtered
    const foundUsers = await User.findAll({
      limit: limit,
      offset: offset,
      where: where,
    });

    // Check we have found users to return
    if (!foundUsers) {
      const error = new Error(`SERVICE ERROR: Unable to find users.`);
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    return foundUsers;
  } catch (error) {
    throw error;
  }
};

const findAndCountAll = async (where, offset, limit) => {
  try {
    // Find and count all users within a limit and offset, where filtered
    const findAndCountAllUsers = await User.findAndCountAll({
      where: where,
      offset: offset,
      limit: limit,
    });

    // Check we have found users and count to return
    if (!findAndCountAllUsers) {
      const error = new Error(`SERVICE ERROR: Unable to find and count users.`);
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    return findAndCountAllUsers;
  } catch (err) {
    return err;
  }
};

const findOneByPk = async (id) => {
  try {
    // Check a primary key user ID has been passed in
    if (!id) {
      const error = new Error('SERVICE ERROR: No id provided in user find request.');
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    // Find user instance
    const foundUser = await User.findOne({
      where: { id: id },
    });

    // Check we have a found user instance to return
    if (!foundUser) {
      const error = new Error(`SERVICE ERROR: User ${id} was not found.`);
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    return foundUser;
  } catch (error) {
    throw error;
  }
};

const findOneByEmail = async (email) => {
  try {
    // Check we have a user email passed in to find
    if (!email) {
      const error = new Error('SERVICE ERROR: No email provided in user find request.');
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    // Found user instance
    const foundUser = await User.findOne({
      where: {
        email: email,
      },
    });

    // Check we have a found user instance to return
    if (!foundUser) {
      const error = new Error(`SERVICE ERROR: User ${email} was not found.`);
      error.statusCode = 500;
      throw error;
    }

    return foundUser;
  } catch (error) {
    throw error;
  }
};

export { findAll, findAndCountAll, findOneByPk, findOneByEmail };

export default { all: findAll, andCountAll: findAndCountAll, oneByPk: findOneByPk, oneByEmail: findOneByEmail };
