// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/controllers/roots/index.js
export { default as home } from './home.controller';
