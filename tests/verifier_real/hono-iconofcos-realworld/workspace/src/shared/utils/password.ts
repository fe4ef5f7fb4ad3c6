// excerpt of IconOfCos/realworld-hono@8381d1b8dad8:src/shared/utils/password.ts
import bcrypt from "bcrypt";
