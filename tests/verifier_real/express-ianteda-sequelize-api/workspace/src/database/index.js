// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/database/index.js
import Sequelize from 'sequelize';

import { database as config } from '../configs';

import { resetToken as resetTokenModel, thing as thingModel, user as userModel } from './models';

import confirmEmailTokenModel from './models/confirmEmailToken.model';

const sequelize = new Sequelize(config.database, config.username, config.password, config);

const Thing = thingModel(sequelize);

const User = userModel(sequelize);

const ResetToken = resetTokenModel(sequelize);

const ConfirmEmailToken = confirmEmailTokenModel(sequelize);

export { sequelize, Sequelize, Thing, User, ResetToken, ConfirmEmailToken };
