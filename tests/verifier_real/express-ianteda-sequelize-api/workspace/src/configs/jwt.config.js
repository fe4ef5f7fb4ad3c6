// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/configs/jwt.config.js
const secret = process.env.JWT_SECRET;

const session = {
  session: false
};

const token = { secret, session }
