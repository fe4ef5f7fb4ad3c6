// excerpt of https://github.com/razdacoder/hono-api-starter@8117c138cf07:src/lib/queue.ts
import { Queue } from "bullmq";

import IORedis from "ioredis";

import env from "@/env";

import { QUEUE } from "./constants";

const connection = new IORedis({
  port: env.REDIS_PORT,
  host: env.REDIS_HOST,
  maxRetriesPerRequest: null,
});

const mailQueue = new Queue<EmailJobData[keyof EmailJobData]>(QUEUE.email, {
  connection,
  defaultJobOptions,
});

async function addEmailJob<T extends keyof EmailJobData>(
  taskName: T,
  data: EmailJobData[T],
  options?: { delay?: number; priority?: number }
) {
  await mailQueue.add(taskName, data, options);
}

export { addEmailJob, connection, mailQueue };
