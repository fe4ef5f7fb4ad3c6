// excerpt of https://github.com/manV/Ts-Koa-Sequelize-Boilerplate@e3545cc4a49c:src/sequelize.ts
import { Sequelize, ISequelizeConfig } from 'sequelize-typescript';

import config from './config/config';

const cfg: ISequelizeConfig = config;

export default new Sequelize(cfg);
