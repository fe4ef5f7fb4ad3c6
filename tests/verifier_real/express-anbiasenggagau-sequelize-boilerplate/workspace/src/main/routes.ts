// excerpt of https://github.com/anbiasenggagau/Express-Sequelize-Boilerplate@3c5a71755ad6:src/main/routes.ts
import express from "express"

import CustomersRoute from "./api/customers/Api"

import AuthRoute from "./api/auth/Api"

import ProductsRoute from "./api/products/Api"

import StoresRoute from "./api/stores/Api"

import UsersRole from "./api/users/Api"

import { authenticate } from "./middleware/Authentication"

const protectedRoute = express.Router()

const unprotectedRoute = express.Router()
