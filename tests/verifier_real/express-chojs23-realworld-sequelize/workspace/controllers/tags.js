// excerpt of https://github.com/chojs23/realword-express-sequelize@15e9a3420675:controllers/tags.js
const Tag = require("../models/Tag");

const { appendTagList } = require("../util/helpers");

module.exports.getTags = async (req, res, next) => {
  let tags = await Tag.findAll({
    attributes: ["name"],
  });

  tags = tags.map((tag) => tag.name);

  res.status(200).json({ tags });
};
