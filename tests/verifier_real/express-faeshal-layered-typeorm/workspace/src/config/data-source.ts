// excerpt of https://github.com/Faeshal/nodets-layered-architecture@e1d9e1f5ba6e:src/config/data-source.ts
import "reflect-metadata";

import { DataSource } from "typeorm";

import { User } from "../entities/User";

import { Income } from "../entities/Income";

import { Category } from "../entities/Category";

import { Profile } from "../entities/Profile";

export const AppDataSource = new DataSource({
  type: "postgres",
  host: process.env.DB_HOST,
  port: process.env.DB_PORT as any,
  username: process.env.DB_USERNAME,
  password: process.env.DB_PASSWORD,
  database: process.env.DB_NAME,
  synchronize: true,
  logging: false,
  entities: [User, Income, Category, Profile],
  migrations: [],
  subscribers: [],
});
