// excerpt of https://github.com/Faeshal/nodets-layered-architecture@e1d9e1f5ba6e:src/services/user.ts
import { FilterRequest } from "../interfaces/generic";

import * as userRepo from "../repositories/user";

import log4js from "log4js";

export const getUsers = async (body: FilterRequest) => {
  log.info("body", body);
  const { limit, offset, filter } = body;
  let data = await userRepo.findAll(limit, offset, filter);
  return data;
};

export const getUser = async (id: string) => {
  log.info("id:", id);
  const data = await userRepo.findOne({ id });
  return data;
};
