// excerpt of https://github.com/razdacoder/hono-api-starter@8117c138cf07:src/lib/encryption.ts
import crypto from "node:crypto";

import { connection as redis } from "@/lib/queue";
