import { Router } from 'express';
import type { ProfileService } from '../services/profile.service.js';

export function profileRoutes(profiles: ProfileService, auth: any) {
  const router = Router();

  router.get('/profiles/:username', auth.optional, async (req: any, res) => {
    res.json({ profile: await profiles.get(req.params.username, req.userId) });
  });

  router.post('/profiles/:username/follow', auth.required, async (req: any, res) => {
    res.json({ profile: await profiles.follow(req.params.username, req.userId) });
  });

  router.delete('/profiles/:username/follow', auth.required, async (req: any, res) => {
    res.json({ profile: await profiles.unfollow(req.params.username, req.userId) });
  });

  return router;
}
