// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/database/seeds/development/things.seed.js
import faker from 'faker';
