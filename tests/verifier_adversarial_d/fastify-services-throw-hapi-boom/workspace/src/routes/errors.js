export function registerErrors(app) {
  app.setErrorHandler((err, req, reply) => {
    const status = err.isBoom ? err.output.statusCode : err.statusCode ?? 500;
    reply.code(status).send({ errors: { body: [err.message] } });
  });
}
