import { Router } from 'express';
import { AuthService } from '../services/auth.service';

const auth = new AuthService();
export const userRouter = Router();

userRouter.get('/user', async (req, res) => {
  const user = await auth.currentUser(req);
  if (!user) return res.status(401).json({ errors: { body: ['unauthorized'] } });
  res.json({ user: { ...user, token: req.headers.authorization?.slice(6) } });
});
