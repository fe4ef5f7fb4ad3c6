import { createApp } from './app.js';
import { sequelize } from './db.js';
import { env } from './env.js';
import './models/index.js';

async function main(): Promise<void> {
  await sequelize.authenticate();
  if (env.DB_SYNC === 'true') {
    await sequelize.sync();
  }
  createApp().listen(env.PORT, () => console.log(`conduit listening on ${env.PORT}`));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
