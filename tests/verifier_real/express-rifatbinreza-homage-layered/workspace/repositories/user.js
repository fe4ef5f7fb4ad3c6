// excerpt of https://github.com/RifatBinReza/Homage@b36fd74a419e:repositories/user.js
const { models } = require("../models");

const userRepository = () => {
  const findByEmail = (email) => {
    return models.user.findOne({
      where: {
        email: email,
      }
    });
  };

  return {
    findByEmail,
  };
};

module.exports = userRepository();
