
function tokenOf(req) {
  const header = req.get('authorization') ?? '';
  const [scheme, token] = header.split(' ');
  return scheme === 'Token' || scheme === 'Bearer' ? token : null;
}

/** Authentication middleware: the user id in req.userId, or null for anonymous requests. */
export function authMiddleware(users) {
  const optional = (req, _res, next) => {
    const token = tokenOf(req);
    req.userId = token ? users.authenticate(token) : null;
    next();
  };
  const required = (req, res, next) => {
    const token = tokenOf(req);
    if (!token) return res.status(401).json({ errors: { body: ['missing authorization token'] } });
    req.userId = users.authenticate(token);
    next();
  };
  return { optional, required };
}
