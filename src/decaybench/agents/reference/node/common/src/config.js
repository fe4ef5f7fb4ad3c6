'use strict';
// Settings (composition root): the environment, and the task's policy from ../policy.json at
// the workspace root when there is one (absent file or keys: the defaults below).
const fs = require('node:fs');
const path = require('node:path');

const POLICY_FILE = path.join(__dirname, '..', 'policy.json');
const DEFAULT_POLICY = { duplicate_status: 422, login_rate_limit: null, error_keys: 'body' };

function readPolicy(file = POLICY_FILE) {
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if (error.code === 'ENOENT') return { ...DEFAULT_POLICY };
    throw error;
  }
  let policy;
  try {
    policy = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${error.message}`);
  }
  if (policy === null || typeof policy !== 'object' || Array.isArray(policy)) {
    throw new Error(`${file} must hold a JSON object`);
  }
  return { ...DEFAULT_POLICY, ...policy };
}

/** { attempts, windowSeconds } of the login rate limit, or null when logins are not limited. */
function loginRateLimitOf(limit, file = POLICY_FILE) {
  if (limit === null || limit === undefined) return null;
  const { attempts, window_seconds: windowSeconds } = limit;
  if (!(Number.isInteger(attempts) && attempts >= 1 && typeof windowSeconds === 'number' && windowSeconds > 0)) {
    throw new Error(`${file}: login_rate_limit needs a positive integer "attempts" and positive "window_seconds"`);
  }
  return { attempts, windowSeconds };
}

function duplicateStatusOf(status, file = POLICY_FILE) {
  if (status !== 409 && status !== 422) throw new Error(`${file}: duplicate_status must be 409 or 422`);
  return status;
}

const policy = readPolicy();

module.exports = {
  port: Number.parseInt(process.env.PORT || '8080', 10),
  host: process.env.HOST || '0.0.0.0',
  jwtSecret: process.env.JWT_SECRET || 'conduit-development-secret',
  // Status of a register or profile update that names a taken username or email.
  duplicateStatus: duplicateStatusOf(policy.duplicate_status),
  loginRateLimit: loginRateLimitOf(policy.login_rate_limit),
  // 'fields': invalid input keyed by field (an error contract); 'body': every message under body.
  errorsByField: policy.error_keys === 'fields',
};
