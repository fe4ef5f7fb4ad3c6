// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/services/confirmEmailTokens/find.service.js
import { statusCodes } from '../../configs';

import { ConfirmEmailToken } from '../../database';

const findAll = async (offset, limit, where) => {
  try {
    // Find reset tokens at a given offset and within a limit where equal to
    const foundTokens = await ConfirmEmailToken.findAll({
      limit: limit,
      offset: offset,
      where: where,
    });

    // Check we have reset tokens to return
    if (!foundTokens) {
      const error = new Error(`SERVICE ERROR: Unable to find email confirmation tokens.`);
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    return foundTokens;
  } catch (error) {
    return error;
  }
};

const findOneByPk = async (id) => {
  try {
    // Check there is a primary key id to find
    if (!id) {
      const error = new Error('SERVICE ERROR: Primary key was not provided in the confirm email token find request.');
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    // Find reset token instance
    const foundToken = await ConfirmEmailToken.findOne({
      where: { id: id },
    });

    // Check we have a reset token instance to return
    if (!foundToken) {
      const error = new Error(`SERVICE ERROR: Confirm email token ${id} was not found.`);
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    return foundToken;
  } catch (error) {
    throw error;
  }
};

const findOneByToken = async (token) => {
  try {
    // Check a reset token value has been passed in
    if (!token) {
      const error = new Error('SERVICE ERROR: No token was provided in confirm email token find request.');
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    // Find a given reset token instance
    const foundToken = await ConfirmEmailToken.findOne({
      where: { token: token },
    });

    // Check we have reset token instance to return
    if (!foundToken) {
      const error = new Error(`SERVICE ERROR: Confirm email token ${token} could not be found.`);
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    return foundToken;
  } catch (error) {
    throw error;
  }
};

export { findAll, findOneByPk, findOneByToken };

export default { all: findAll, oneByPk: findOneByPk, oneByToken: findOneByToken };
