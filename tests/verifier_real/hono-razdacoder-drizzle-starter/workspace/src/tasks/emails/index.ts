// excerpt of https://github.com/razdacoder/hono-api-starter@8117c138cf07:src/tasks/emails/index.ts
import { type Job, Worker } from "bullmq";

import { QUEUE } from "@/lib/constants";

import { logger } from "@/lib/logger";

import { connection } from "@/lib/queue";

import sendActivationEmail from "./send-activation-email";

import sendPasswordResetEmail from "./send-password-reset-email";

import sendWelcomeEmail from "./send-welcome-email";

function isJobType<T extends EmailTaskType>(
  job: Job<EmailJobData[keyof EmailJobData]>,
  taskType: T
): job is Job<EmailJobData[T]> {
  return job.name === taskType;
}

function createEmailTasker() {
  const setup = () => {
    // Type the worker with the email job data
    const mailWorker = new Worker<EmailJobData[keyof EmailJobData]>(
      QUEUE.email,
      processor,
      { connection }
    );

    mailWorker.on("completed", (job: Job) => {
      logger.info(`Job ${job.id} completed, task name: ${job.name}`);
    });

    mailWorker.on("failed", (job: Job | undefined, error: Error) => {
      if (job) {
        logger.error(
          `Job ${job.id} failed, task: ${job.name}, error: ${error.message}`
        );
      } else {
        logger.error(`Job failed, error: ${error.message}`);
      }
    });

    mailWorker.on("error", (err) => {
      logger.error(err);
    });

    return mailWorker;
  };

  return { setup };
}
