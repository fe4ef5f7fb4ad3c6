import { Router } from 'express';
import type { UserAttributes } from '../models/user';
import { NotFound, ProfileService } from '../services/profiles';

type ProfileDto = Pick<UserAttributes, 'username' | 'bio' | 'image'> & { following: boolean };

export function profilesRouter(profiles: ProfileService): Router {
  const router = Router();
  router.get('/profiles/by-email/:email', async (req, res) => {
    try {
      const user = await profiles.byEmail(req.params.email);
      const dto: ProfileDto = { username: user.username, bio: user.bio, image: user.image, following: false };
      res.json({ profile: dto });
    } catch (err) {
      if (err instanceof NotFound) {
        res.status(404).json({ errors: { body: [err.message] } });
        return;
      }
      res.status(500).json({ errors: { body: ['internal error'] } });
    }
  });
  return router;
}
