// excerpt of https://github.com/anbiasenggagau/Express-Sequelize-Boilerplate@3c5a71755ad6:src/main/config/GeneralConfig.ts
const data = {
    NODE_ENV: process.env.NODE_ENV,
    SERVER_PORT: process.env.SERVER_PORT,
    REFRESH_TOKEN: Boolean(process.env.REFRESH_TOKEN),
    JWT_SECRET: process.env.JWT_SECRET!,
    JWT_EXPIRATION: process.env.JWT_EXPIRATION!,
    JWT_REFRESH_EXPIRATION: process.env.JWT_REFRESH_EXPIRATION!,
    NUMBER_OF_ALLOWED_SESSIONS: parseInt(process.env.NUMBER_OF_ALLOWED_SESSIONS ?? "1"),
    ENCRYPTION_SALT: parseInt(process.env.ENCRYPTION_SALT!),
}
