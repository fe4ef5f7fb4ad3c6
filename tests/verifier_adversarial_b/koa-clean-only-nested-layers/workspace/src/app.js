import Koa from 'koa';
import bodyParser from 'koa-bodyparser';
import { InMemoryUserRepository } from './core/repositories/userRepository.js';
import { ProfileService } from './core/services/profileService.js';
import { profileRoutes } from './core/routes/profiles.js';

const router = profileRoutes(new ProfileService(new InMemoryUserRepository()));
new Koa().use(bodyParser()).use(router.routes()).listen(process.env.PORT || 3000);
