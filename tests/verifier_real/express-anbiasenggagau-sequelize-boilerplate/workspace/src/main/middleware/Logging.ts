// excerpt of https://github.com/anbiasenggagau/Express-Sequelize-Boilerplate@3c5a71755ad6:src/main/middleware/Logging.ts
import expres from "express"

import { performance } from "perf_hooks"

import Logging from "../config/LoggingConfig"
