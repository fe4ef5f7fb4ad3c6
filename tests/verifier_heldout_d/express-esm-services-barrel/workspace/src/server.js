import express from 'express';
import { config } from './config.js';
import { initDb } from './repositories/db.js';
import { usersRouter } from './routes/users.js';
import { articlesRouter } from './routes/articles.js';
import { errorHandler } from './routes/middleware.js';

async function main() {
  await initDb();
  const app = express();
  app.use(express.json());
  app.use('/api', usersRouter);
  app.use('/api', articlesRouter);
  app.use(errorHandler);
  app.listen(config.port, config.host, () => console.log(`conduit listening on ${config.port}`));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
