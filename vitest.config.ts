import path from "node:path";
import { defineConfig } from "vitest/config";

// lib/data and lib/db import "server-only", which throws outside React's server condition; tests
// run on the server side, so they get the package's empty module, as Next's server bundles do.
const alias = {
  "@": path.resolve(import.meta.dirname),
  "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts"],
          exclude: ["**/*.db.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "dom",
          // Store hooks and other browser code, with Testing Library (test/dom-setup.ts cleans up after each test).
          include: ["components/**/*.test.tsx", "lib/**/*.test.tsx"],
          setupFiles: ["test/dom-setup.ts"],
          environment: "jsdom",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "db",
          // Data-layer and route tests: each file gets its own fresh, migrated database (test/db-setup.ts).
          include: ["lib/**/*.db.test.ts", "app/**/*.db.test.ts", "test/**/*.db.test.ts"],
          globalSetup: ["test/global-setup.ts"],
          setupFiles: ["test/db-setup.ts"],
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 120_000,
          pool: "forks",
        },
      },
    ],
  },
});
