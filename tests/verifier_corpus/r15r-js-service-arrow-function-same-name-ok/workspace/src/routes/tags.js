module.exports = (tags) => async (req, res) => {
  res.json({ tags: await tags.findAllTags() });
};
