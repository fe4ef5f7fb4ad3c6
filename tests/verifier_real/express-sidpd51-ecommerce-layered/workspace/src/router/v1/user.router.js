// excerpt of https://github.com/sidpd51/ecommerce@7900888967ed:src/router/v1/user.router.js
const express = require('express')

const { getUsersController, createUserController, getUserByIdController, updateUserController, deleteUserController } = require('../../controller/user.controller')

const userRouter = express.Router()

userRouter.get('/', getUsersController)

userRouter.post('/', createUserController)

userRouter.get('/:id', getUserByIdController)

userRouter.patch('/:id', updateUserController)

userRouter.delete('/:id', deleteUserController)

module.exports = userRouter
