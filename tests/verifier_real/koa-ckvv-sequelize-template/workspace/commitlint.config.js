// excerpt of https://github.com/ckvv/koa-sequelize-template@b47a9fa2df15:commitlint.config.js
module.exports = {
  extends: ['@commitlint/config-conventional'],
};
