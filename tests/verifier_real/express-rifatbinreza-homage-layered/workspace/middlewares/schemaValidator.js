// excerpt of https://github.com/RifatBinReza/Homage@b36fd74a419e:middlewares/schemaValidator.js
const Joi = require("joi");
