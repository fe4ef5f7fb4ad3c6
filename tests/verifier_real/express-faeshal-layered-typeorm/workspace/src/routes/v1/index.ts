// excerpt of https://github.com/Faeshal/nodets-layered-architecture@e1d9e1f5ba6e:src/routes/v1/index.ts
import express from "express";

const router = express.Router();

import incomeRoute from "./income";

import userRoute from "./user";

import categoryRoute from "./category";

import authRoute from "./auth";

router.use("/", authRoute);

router.use("/", incomeRoute);

router.use("/", userRoute);

router.use("/", categoryRoute);

export default router;
