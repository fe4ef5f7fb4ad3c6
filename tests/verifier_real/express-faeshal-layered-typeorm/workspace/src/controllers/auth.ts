// excerpt of https://github.com/Faeshal/nodets-layered-architecture@e1d9e1f5ba6e:src/controllers/auth.ts
import asyncHandler from "express-async-handler";

import * as authService from "../services/auth";

import { validationResult } from "express-validator";

import { ErrorResponse } from "../middleware/errorHandler";

import log4js from "log4js";

export const register = asyncHandler(async (req, res, next) => {
  var { username, email, password, role, job, age, address, gender } = req.body;
  log.info("body:", req.body);

  // *Express Validator
  const errors = validationResult(req);
  if (!errors.isEmpty()) {
    return next(
      new ErrorResponse(errors.array({ onlyFirstError: true })[0].msg, 400)
    );
  }

  const result = await authService.register({
    username,
    email,
    password,
    role,
    job,
    age,
    address,
    gender,
  });

  res.status(200).json({ success: true, message: "ok", data: result });
});

export const login = asyncHandler(async (req, res, next) => {
  const { email, password } = req.body;
  log.info("body:", req.body);

  // *Express Validator
  const errors = validationResult(req);
  if (!errors.isEmpty()) {
    return next(
      new ErrorResponse(errors.array({ onlyFirstError: true })[0].msg, 400)
    );
  }

  // * call service
  const result = await authService.login({ email, password });

  res.status(200).json({ success: true, message: "ok", data: result });
});
