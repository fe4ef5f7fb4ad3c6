// excerpt of https://github.com/Faeshal/nodets-layered-architecture@e1d9e1f5ba6e:src/repositories/category.ts
import { AppDataSource } from "../config/data-source";

import { Category } from "../entities/Category";

import log4js from "log4js";

const categoryRepo = AppDataSource.getRepository(Category);

export const findAll = async (limit: number, offset: number, filter: any) => {
  const data = await categoryRepo.findAndCount({
    where: filter,
    skip: offset,
    take: limit,
    order: { id: "DESC" },
  });
  log.warn("data", data);
  return data;
};

export const bulkCreate = async (bodyArr: any) => {
  log.warn("bodyarr", bodyArr);
  const data = await AppDataSource.createQueryBuilder()
    .insert()
    .into(Category)
    .values([bodyArr])
    .execute();
  return data;
};

export const findOne = async (filter: any) => {
  const data = await categoryRepo.findOne({ where: filter });
  return data;
};

export const destroy = async (id: string) => {
  // const data = await Category.softRemove(id) // hard delete
  // const data = await AppDataSource
  //     .createQueryBuilder(Category, "category")
  //     .softDelete()
  //     .where("id = :id", id).execute();
  const data = await AppDataSource.manager
    .createQueryBuilder(Category, "category")
    .softDelete()
    .where("id = :id", { id })
    .execute();
  return data;
};

export const findRaw = async () => {
  const data = await AppDataSource.query(`SELECT * FROM category`);
  return data;
};
