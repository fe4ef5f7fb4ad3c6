// excerpt of mowais-10p/koa-sequelize-ts-postgres-starter@8957be1475cf:src/models/index.ts
import * as fs from 'fs';

import * as path from 'path';

import * as Sequelize from 'sequelize';

import { Config } from '../config/index';

import { IRoleAttributes, IRoleModel, defineRole } from './role';

export interface IDbConnection {
    Role: Sequelize.Model<IRoleModel, IRoleAttributes>;
}

const db: any = {};

const dbConfig = {
  database: process.env.DB_DATABASE || '',
  username: process.env.DB_USERNAME || '',
  password: process.env.DB_PASSWORD || '',
  host: process.env.DB_HOST || '',
  port: Number(process.env.DB_PORT) || 0,
  dialect: process.env.DB_DIALECT || '',
  logging: Boolean(process.env.DB_LOGGING) || true,
  force: process.env.DB_FORCE || '',
  timezone: process.env.DB_TIMEZONE || ''
};

const sequelize = new Sequelize(
  dbConfig.database,
  dbConfig.username,
  dbConfig.password,
  dbConfig
);

db.Role = defineRole(sequelize);

Object.keys(db).forEach((modelName) => {
  if (db[modelName].associate) {
    db[modelName].associate(db);
  }
});

sequelize.addHook('afterFind', (data: any, options: any) => {
  if (options.model && data) {
    data = [].concat(data);
    data.forEach((record: any) => {
      options.model._dateAttributes.forEach((dateAttribute: any) => {
        record.setDataValue(dateAttribute, new Date(record[dateAttribute]).getTime());
      });
    });
  }
});

db.sequelize = sequelize;

db.Sequelize = Sequelize;

const con: IDbConnection = db as IDbConnection;
