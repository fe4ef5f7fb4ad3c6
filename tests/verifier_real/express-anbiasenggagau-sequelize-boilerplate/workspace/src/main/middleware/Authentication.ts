// excerpt of https://github.com/anbiasenggagau/Express-Sequelize-Boilerplate@3c5a71755ad6:src/main/middleware/Authentication.ts
import express from "express"

import jwt from "jsonwebtoken"

import configData from "../config/GeneralConfig"

import SessionUtility from "../utility/SessionUtiliity"

export function authenticate(req: express.Request, res: express.Response, next: express.NextFunction) {
    const authHeader = req.headers["authorization"]
    const token = authHeader?.split(" ")[1]

    if (token == null) return res.sendStatus(401)

    jwt.verify(token, configData.JWT_SECRET, async (err, user) => {
        if (err) return res.status(401).json({ message: err.message })
        req.user = user

        if (!configData.REFRESH_TOKEN) {
            const blocked = await SessionUtility.getBlockedToken(req.user)
            if (blocked != null)
                return res.status(401).json({ message: "jwt expired" })
        }

        next()
    })
}
