// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/services/things/find.service.js
import { statusCodes } from '../../configs';

import { Thing } from '../../database';

const findOneByPk = async (id) => {
  try {
    // Check a primary key ID has been passed in
    if (!id) {
      const error = new Error('SERVICE ERROR: No id provided in Thing find request.');
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    // Find thing instance
    const thing = await Thing.findOne({
      where: {
        id: id,
      },
    });

    // Check there is a thing instance to return
    if (!thing) {
      const error = new Error(`SERVICE ERROR: Thing ${id} was not found.`);
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    return thing;
  } catch (error) {
    throw error;
  }
};

const findAll = async (offset, limit, where) => {
  try {
    // Find all things within the limit and offset, where filtered
    const foundThings = await Thing.findAll({
      limit: limit,
      offset: offset,
      where: where,
    });

    // Check we have found things to return
    if (!foundThings) {
      const error = new Error(`SERVICE ERROR: Unable to find things.`);
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    return foundThings;
  } catch (error) {
    throw error;
  }
};

const findAndCountAll = async (where, offset, limit) => {
  try {
    // Find and count all things within the limit and offset, where filtered
    const findAndCountAll = await Thing.findAndCountAll({
      where: where,
      offset: offset,
      limit: limit,
    });

    // Check we have find and count to return
    if (!findAndCountAll) {
      const error = new Error(`SERVICE ERROR: Unable to find and count things.`);
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    return findAndCountAll;
  } catch (err) {
    return err;
  }
};

export { findOneByPk, findAll, findAndCountAll };

export default { oneByPk: findOneByPk, all: findAll, allAndCount: findAndCountAll };
