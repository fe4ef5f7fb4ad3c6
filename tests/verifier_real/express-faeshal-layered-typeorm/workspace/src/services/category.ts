// excerpt of https://github.com/Faeshal/nodets-layered-architecture@e1d9e1f5ba6e:src/services/category.ts
import { AddCategoryRequest } from "../interfaces/category";

import { FilterRequest } from "../interfaces/generic";

import * as categoryRepo from "../repositories/category";

import log4js from "log4js";

export const getCategories = async (body: FilterRequest) => {
  log.info("body:", body);
  const { limit, offset, filter } = body;
  let data = await categoryRepo.findAll(limit, offset, filter);
  return data;
};
