// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/index.ts
import initApp from './app';

(async () => {
  const app = await initApp();
  app.listen(process.env.PORT, function() {
    console.log(`Example app listening on port ${process.env.PORT}!`);
  });
})()
