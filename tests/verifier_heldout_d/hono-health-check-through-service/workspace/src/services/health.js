import { ping } from '../repositories/health.js';

export async function status() {
  try {
    return { status: 'ok', databaseLatencyMs: await ping() };
  } catch (err) {
    return { status: 'degraded', error: err.message };
  }
}
