// excerpt of https://github.com/takiguru/fastify-sequelize-todo@d45f9aa2a766:.eslintrc.js
module.exports = {
    env: {
        node: true,
        commonjs: true,
        es2021: true,
        jest: true,
    },
    extends: ['eslint:recommended', 'plugin:prettier/recommended'],
    parserOptions: {
        ecmaVersion: 12,
    },
    rules: {},
};
