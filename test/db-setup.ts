import { afterAll } from "vitest";
import { disconnectDb } from "@/lib/db/disconnect";
import { createTestDatabase } from "./test-database";

const database = await createTestDatabase();
process.env.DATABASE_URL = database.url;

afterAll(async () => {
  await disconnectDb();
  await database.drop();
});
