// excerpt of talyssonoc/node-api-boilerplate@7e6ae0e968e0:src/_lib/logger/index.ts
import pino from 'pino';
