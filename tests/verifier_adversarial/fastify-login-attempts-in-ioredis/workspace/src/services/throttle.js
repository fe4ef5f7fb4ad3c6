export class TooManyAttempts extends Error {
  constructor(retryAfter) {
    super('too many login attempts');
    this.retryAfter = retryAfter;
  }
}

export class LoginThrottle {
  constructor({ attempts, limit = 5, windowMs = 2000 }) {
    Object.assign(this, { attempts, limit, windowMs });
  }

  async check(ip) {
    const recent = await this.attempts.recent(ip, this.windowMs);
    if (recent.length >= this.limit) throw new TooManyAttempts(Math.max(1, Math.ceil((recent[0] + this.windowMs - Date.now()) / 1000)));
    await this.attempts.record(ip);
  }
}
