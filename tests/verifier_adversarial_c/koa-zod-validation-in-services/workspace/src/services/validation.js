const { z } = require('zod');
const { invalid } = require('./errors');

const registration = z.object({
  email: z.string().max(254).regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/),
  username: z.string().min(3).max(32).regex(/^[A-Za-z0-9_-]+$/),
  password: z.string().min(8).max(72),
});

function checkRegistration(input) {
  const result = registration.safeParse(input || {});
  if (!result.success) {
    const issue = result.error.issues[0];
    throw invalid(String(issue.path[0] || 'body'), issue.message);
  }
  return result.data;
}

module.exports = { checkRegistration };
