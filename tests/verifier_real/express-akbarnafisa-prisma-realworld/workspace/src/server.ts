// excerpt of https://github.com/akbarnafisa/realworld-express@5141f6b401bc:apps/server-express-prisma/src/server.ts
import app from "./app";

app.listen(port, function () {
  console.log(`Express Server initiated listening on port ${port}`);
});
