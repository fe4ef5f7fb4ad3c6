// excerpt of https://github.com/Faeshal/nodets-layered-architecture@e1d9e1f5ba6e:src/server.ts
import "dotenv/config";

import PrettyError from "pretty-error";

import express, { Request, Response, NextFunction } from "express";

import { AppDataSource } from "./config/data-source";

import morgan from "morgan";

import cors from "cors";

import compression from "compression";

import hpp from "hpp";

import helmet from "helmet";

import log4js from "log4js";

import paginate from "express-paginate";

import dayjs from "dayjs";

import { errorHandler } from "./middleware/errorHandler";

import route from "./routes/index";

const PORT: any = process.env.PORT || 3000;

const pe = new PrettyError();

const logError = log4js.getLogger("error");

app.use(helmet());

app.use(hpp());

app.use(cors());

app.use(compression());

app.use(express.json());

app.use(express.urlencoded({ extended: true }));

app.use(morgan("morgan: [:time] :method :url - :status"));

app.use(paginate.middleware(10, 30));

app.use(route);

app.use(errorHandler);

if (require.main === module) {
  (async () => {
    try {
      await AppDataSource.initialize();
      log.info("✅ Database Connected");
    } catch (error) {
      logError.error("Maria Connection Failure 🔥", error);
      process.exit(1);
    }
  })();

  app.listen(PORT, (err: any) => {
    if (err) {
      logError.error(`Error : ${err}`);
      process.exit(1);
    }
    log.info(`✅ Server is Running On Port: ${PORT}`);
  });
}
