import { defineConfig } from "prisma/config";

// Prisma 7 reads the connection URL from here, not from schema.prisma. The app itself
// never needs this file: scripts/serve.ts starts (or connects to) the database and
// lib/db/migrate.ts applies prisma/migrations through Prisma's own schema engine (WebAssembly build).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx --conditions=react-server prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/claimdesk" },
});
