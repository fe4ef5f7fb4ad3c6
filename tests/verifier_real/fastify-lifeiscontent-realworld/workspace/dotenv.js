// excerpt of lifeiscontent/fastify-realworld@0952f090ebfe:dotenv.js
import dotenv from "dotenv";

import path from "node:path";

if (process.env.NODE_ENV) {
  dotenv.config({
    path: path.resolve(process.cwd(), [FILE, process.env.NODE_ENV].join(".")),
  });

  dotenv.config({
    path: path.resolve(
      process.cwd(),
      [FILE, process.env.NODE_ENV, LOCAL].join("."),
    ),
  });
}
