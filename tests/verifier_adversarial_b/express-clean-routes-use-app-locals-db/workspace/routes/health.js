module.exports = (req, res) => {
  req.app.locals.db.prepare('SELECT 1').get();
  res.json({ status: 'ok' });
};
