// excerpt of https://github.com/ckvv/koa-sequelize-template@b47a9fa2df15:.eslintrc.js
module.exports = {
  env: {
    commonjs: true,
    node: true,
  },
  extends: [
    'airbnb-base',
  ],
  parserOptions: {
    ecmaVersion: 12,
  },
  globals: {
    KT: true,
  },
  rules: {
    'consistent-return': 0,
    'default-param-last': 0,
    'import/prefer-default-export': 'off',
  },
};
