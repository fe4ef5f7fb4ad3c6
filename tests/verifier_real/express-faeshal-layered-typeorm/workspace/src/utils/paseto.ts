// excerpt of https://github.com/Faeshal/nodets-layered-architecture@e1d9e1f5ba6e:src/utils/paseto.ts
import "dotenv/config";

import { V3 } from "paseto";

import log4js from "log4js";

const PASETO_SECRET: any = process.env.PASETO_SECRET_KEY;
