// excerpt of https://github.com/anbiasenggagau/Express-Sequelize-Boilerplate@3c5a71755ad6:src/main/index.ts
import dotenv from "dotenv"

import express, { Request, Response } from "express"

import cors from "cors"

import config from "./config/GeneralConfig"

import router from "./routes"

import DB from "./config/DBConfig"

import { handleError } from "./middleware/ErrorHandler"

import { handleLogging } from "./middleware/Logging"

import Logging from "./config/LoggingConfig"

app.set('trust proxy', true)

app.use(cors())

app.use(express.urlencoded({ extended: true }))

app.use(express.json({ limit: "5mb" }))

app.use(handleLogging)

app.get("/", (req: Request, res: Response) => {
    return res.send("Connected to server")
})

router.forEach(value => {
    app.use("/api/v1", value)
})

app.use(handleError)

app.listen(config.SERVER_PORT, () => {
    Logging.info("Listen to port " + config.SERVER_PORT)
})
