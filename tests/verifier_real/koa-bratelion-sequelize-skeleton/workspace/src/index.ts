// excerpt of https://github.com/Bratelion/koa-sequelize-skeleton@ac4c439650b4:src/index.ts
import dotenv from 'dotenv';

import { app } from './app';

import { sequelize } from './sequelize';

const PORT = process.env.PORT;

(async () => {
  try {
    await sequelize.authenticate().then(() => console.info('Connected to database'));
    app.listen(PORT, () => console.info(`App started on port ${PORT}`));
  } catch (error) {
    console.error(error);
  }
})();
