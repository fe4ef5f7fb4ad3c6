import express from 'express';
import { sequelize } from './models';
import { UserRepository } from './repositories/users';
import { ProfileService } from './services/profiles';
import { profilesRouter } from './routes/profiles';

async function main(): Promise<void> {
  await sequelize.sync();
  const app = express();
  app.use(express.json());
  app.use('/api', profilesRouter(new ProfileService(new UserRepository())));
  app.listen(Number(process.env.PORT || 3000));
}

void main();
