// excerpt of https://github.com/Faeshal/nodets-layered-architecture@e1d9e1f5ba6e:src/utils/paginate.ts
import pagination from "express-paginate";

import log4js from "log4js";
