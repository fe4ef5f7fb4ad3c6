function requireUser(userService) {
  return async (req, res, next) => {
    const header = req.get('authorization') || '';
    const token = header.startsWith('Token ') ? header.slice(6) : null;
    const user = token ? await userService.currentUser(token) : null;
    if (!user) return res.status(401).json({ errors: { body: ['missing or invalid token'] } });
    req.user = user;
    return next();
  };
}

module.exports = { requireUser };
