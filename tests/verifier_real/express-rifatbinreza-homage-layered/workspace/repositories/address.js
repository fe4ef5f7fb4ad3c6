// excerpt of https://github.com/RifatBinReza/Homage@b36fd74a419e:repositories/address.js
const { models } = require("../models");

const addressRepository = () => {
  const create = (data) => {
    return models.address.create(data);
  };

  return {
    create,
  };
};

module.exports = addressRepository();
