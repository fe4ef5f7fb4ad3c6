module.exports = async (req, res) => {
  const rows = await req.app.locals.db.query('SELECT name FROM tags ORDER BY name');
  res.json({ tags: rows.map((r) => r.name) });
};
