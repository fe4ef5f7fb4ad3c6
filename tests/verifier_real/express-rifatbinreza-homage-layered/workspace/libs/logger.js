// excerpt of https://github.com/RifatBinReza/Homage@b36fd74a419e:libs/logger.js
const winston = require("winston");

const util = require("util");
