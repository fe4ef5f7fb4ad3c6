// excerpt of https://github.com/Bratelion/koa-sequelize-skeleton@ac4c439650b4:src/sequelize.ts
import dotenv from 'dotenv';

import { User } from '../models/User';

import fs from 'fs';

import { parse } from 'pg-connection-string';

import { Sequelize } from 'sequelize-typescript';

import { UserToCity } from '../models/UserToCity';

import { City } from '../models/City';

const { user, password, database, host } = parse(process.env.DATABASE_URL);

const dbConncetion = () => {
  const db = new Sequelize({
    database,
    dialect: 'postgres',
    username: user,
    password,
    host,
    models: [__dirname + '../models'],
    ssl: JSON.parse(process.env.DB_ENABLE_SSL),
    dialectOptions: {
      ssl: JSON.parse(process.env.DB_ENABLE_SSL) && {
        require: true,
        rejectUnauthorized: false,
        ca: fs.readFileSync(`${__dirname}/../global-bundle.pem`),
      },
    },
  });

  db.addModels([User, City, UserToCity]);
  return db;
};

export const sequelize = dbConncetion();
