// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/configs/resources.config.js
