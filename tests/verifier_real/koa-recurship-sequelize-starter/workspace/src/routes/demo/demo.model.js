// excerpt of https://github.com/recurship/api-koa-sequelize-starter@ab2d15e42b83:src/routes/demo/demo.model.js
import Sequelize from 'sequelize';

import Database from '../../database';

const Demo = Database.define('demo', {
  name: {
    type: Sequelize.STRING,
  },
});
