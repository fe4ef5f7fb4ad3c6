// excerpt of https://github.com/Faeshal/nodets-layered-architecture@e1d9e1f5ba6e:src/routes/v1/category.ts
import express from "express";

import * as categoryController from "../../controllers/category";

import { body } from "express-validator";

const router = express.Router();

router.get("/categories", categoryController.getCategories);

router.post(
  "/categories",
  [body("tag", "tag is required").trim()],
  categoryController.addCategory
);

router.delete("/categories/:id", categoryController.deleteCategory);

export default router;
