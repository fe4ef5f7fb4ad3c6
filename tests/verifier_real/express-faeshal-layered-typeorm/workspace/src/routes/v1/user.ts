// excerpt of https://github.com/Faeshal/nodets-layered-architecture@e1d9e1f5ba6e:src/routes/v1/user.ts
import express from "express";

import * as userController from "../../controllers/user";

const router = express.Router();

import { protect, authorize } from "../../middleware/auth";

router.get("/users", userController.getUsers);

router.post("/users/reports/dateranges", userController.getUsersByDateRange);

export default router;
