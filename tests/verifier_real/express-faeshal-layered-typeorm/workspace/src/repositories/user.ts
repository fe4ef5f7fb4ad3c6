// excerpt of https://github.com/Faeshal/nodets-layered-architecture@e1d9e1f5ba6e:src/repositories/user.ts
import { AppDataSource } from "../config/data-source";

import { ILike, Like, Between, Brackets } from "typeorm";

import { User } from "../entities/User";

import { Profile } from "../entities/Profile";

import log4js from "log4js";

const userRepo = AppDataSource.getRepository(User);

const profileRepo = AppDataSource.getRepository(Profile);

export const findAll = async (limit: number, offset: number, filter: any) => {
  const { role, search } = filter;
  // const data = await userRepo.findAndCount({
  //     where: filter,
  //     order: { id: 'DESC' },
  //     skip: offset,
  //     take: limit,
  //     relations: { profile: true }
  // });

  // we can use select
  // .select(["user.id", "user.username", "user.email"])

  const query = userRepo
    .createQueryBuilder("user")
    .leftJoinAndSelect("user.profile", "profile")
    .skip(offset)
    .take(limit)
    .orderBy("user.id", "DESC");

  if (role) {
    query.andWhere("user.role = :role", { role });
  }

  if (search) {
    query.andWhere(
      new Brackets((qb) => {
        qb.where("user.username like :username", {
          username: "%" + search + "%",
        }).orWhere("profile.job like :job", { job: "%" + search + "%" });
      })
    );
  }

  // .andWhere("user.username like :username", { username: '%' + search + '%' })
  // .orWhere("profile.job like :job", { job: '%' + search + '%' })

  const data = await query.getManyAndCount();
  return data;
};

export const findOne = async (filter: any) => {
  const data = await userRepo.findOne({
    where: filter,
    relations: { profile: true },
  });
  return data;
};
