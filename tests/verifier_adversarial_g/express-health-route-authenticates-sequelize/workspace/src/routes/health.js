import { Router } from 'express';
import { sequelize } from '../db.js';

const startedAt = new Date();

export function healthRoutes() {
  const router = Router();

  router.get('/health', async (_req, res) => {
    try {
      await sequelize.authenticate();
      res.json({ status: 'ok', database: 'up', uptime: process.uptime(), startedAt: startedAt.toISOString() });
    } catch (error) {
      res.status(503).json({ status: 'degraded', database: 'down', error: String(error?.message ?? error) });
    }
  });

  return router;
}
