// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/services/resetTokens/find.service.js
import { statusCodes } from '../../configs';

import { ResetToken } from '../../database';

const findAll = async (offset, limit, where) => {
  try {
    // Find reset tokens at a given offset and within a limit where equal to
    const foundResetTokens = await ResetToken.findAll({
      limit: limit,
      offset: offset,
      where: where,
    });

    // Check we have reset tokens to return
    if (!foundResetTokens) {
      const error = new Error(`SERVICE ERROR: Unable to find reset tokens.`);
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    return foundResetTokens;
  } catch (error) {
    return error;
  }
};

const findOneByPk = async (id) => {
  try {
    // Check there is a primary key id to find
    if (!id) {
      const error = new Error('SERVICE ERROR: No id provided in reset token find request.');
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    // Find reset token instance
    const foundResetToken = await ResetToken.findOne({
      where: { id: id },
    });

    // Check we have a reset token instance to return
    if (!foundResetToken) {
      const error = new Error(`SERVICE ERROR: Reset token ${id} was not found.`);
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    return foundResetToken;
  } catch (error) {
    throw error;
  }
};

const findOneByToken = async (token) => {
  try {
    // Check a reset token value has been passed in
    if (!token) {
      const error = new Error('SERVICE ERROR: No token value provided in reset token find request.');
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    // Find a given reset token instance
    const foundResetToken = await ResetToken.findOne({
      where: { token: token },
    });

    // Check we have reset token instance to return
    if (!foundResetToken) {
      const error = new Error(`SERVICE ERROR: Reset token ${token} was not found.`);
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    return foundResetToken;
  } catch (error) {
    throw error;
  }
};

export { findAll, findOneByPk, findOneByToken };

export default { all: findAll, oneByPk: findOneByPk, oneByToken: findOneByToken };
