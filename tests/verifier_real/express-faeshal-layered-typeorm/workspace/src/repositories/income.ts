// excerpt of https://github.com/Faeshal/nodets-layered-architecture@e1d9e1f5ba6e:src/repositories/income.ts
import { AppDataSource } from "../config/data-source";

import { Income } from "../entities/Income";

import log4js from "log4js";

const incomeRepo = AppDataSource.getRepository(Income);

export const findAll = async (limit: number, offset: number, filter: any) => {
  const data = await incomeRepo.findAndCount({
    relations: {
      user: true,
      categories: true,
    },
    select: {
      user: {
        id: true,
        email: true,
      },
      categories: {
        id: true,
        tag: true,
      },
    },
    where: filter,
    order: {
      id: "DESC",
    },
    skip: offset,
    take: limit,
  });
  return data;
};

export const findOne = async (filter: any) => {
  const data = await incomeRepo.findOne({ where: filter });
  return data;
};

export const insertToPivotTable = async (tableName: string, body: any) => {
  const data = await AppDataSource.createQueryBuilder(tableName, tableName)
    .insert()
    .values(body)
    .execute();
  return data;
};
