// excerpt of https://github.com/Faeshal/nodets-layered-architecture@e1d9e1f5ba6e:src/controllers/income.ts
import asyncHandler from "express-async-handler";

import * as incomeService from "../services/income";

import { ErrorResponse } from "../middleware/errorHandler";

import { validationResult } from "express-validator";

import { paginate } from "../utils/paginate";

import log4js from "log4js";

export const getIncomes = asyncHandler(async (req, res, next) => {
  const { name } = req.query;
  let filter: any = {};
  if (name) {
    filter.name = name;
  }

  const data = await incomeService.getIncomes({
    limit: req.query.limit,
    offset: req.skip,
    filter,
  });

  // * pagination
  const pagin = await paginate({
    length: data[1],
    limit: req.query.limit,
    page: req.query.page,
    req,
  });

  res.status(200).json({
    success: true,
    totalData: data[1],
    totalPage: pagin?.totalPage,
    currentPage: pagin?.currentPage,
    nextPage: pagin?.nextPage,
    data: data[0] || [],
  });
});

export const addIncomes = asyncHandler(async (req, res, next) => {
  log.info("body:", req.body);
  const { name, value, userId, categories } = req.body;

  // *Express Validator
  const errors = validationResult(req);
  if (!errors.isEmpty()) {
    return next(
      new ErrorResponse(errors.array({ onlyFirstError: true })[0].msg, 400)
    );
  }

  const data = await incomeService.addIncome({
    name,
    value,
    userId,
    categories,
  });

  res.status(201).json({ success: true, message: "created", data });
});

export const getIncome = asyncHandler(async (req, res, next) => {
  const { id } = req.params;
  // *Express Validator
  const errors = validationResult(req);
  if (!errors.isEmpty()) {
    return next(
      new ErrorResponse(errors.array({ onlyFirstError: true })[0].msg, 400)
    );
  }
  const data = await incomeService.getIncome(id);
  res.status(200).json({ success: true, data: data || {} });
});

export const updateIncome = asyncHandler(async (req, res, next) => {
  log.info("body:", req.body);
  const { id } = req.params;

  // *Express Validator
  const errors = validationResult(req);
  if (!errors.isEmpty()) {
    return next(
      new ErrorResponse(errors.array({ onlyFirstError: true })[0].msg, 400)
    );
  }

  // * check valid id
  const isValid = await incomeService.getIncome(id);
  if (!isValid) {
    return next(new ErrorResponse("invalid id", 400));
  }

  // * call update service
  let updateBody = {
    id: String(id),
    name: req.body.name,
    value: req.body.value,
  };
  await incomeService.updateIncome(updateBody);

  res.status(200).json({ success: true, message: "update success" });
});

export const deleteIncome = asyncHandler(async (req, res, next) => {
  const { id } = req.params;

  // * check valid id
  const isValid = await incomeService.getIncome(id);
  if (!isValid) {
    return next(new ErrorResponse("invalid id", 400));
  }

  // * call delete service
  await incomeService.destroy(id);

  res.status(200).json({ success: true, message: "deleted" });
});
