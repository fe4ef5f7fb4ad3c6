// excerpt of w3tecch/express-typescript-boilerplate@17727010f7f0:src/lib/logger/LoggerInterface.ts
