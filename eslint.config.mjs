import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

// Only lib/db and lib/data may touch the Prisma client; everything else goes through lib/data.
const prismaClientImports = {
  patterns: [
    {
      group: ["@prisma/client", "@prisma/client/*", "@prisma/adapter-pg", "**/lib/db/generated", "**/lib/db/generated/*", "@/lib/db/client", "**/lib/db/client"],
      message: "The Prisma client stays inside lib/data and lib/db: call a lib/data function instead.",
    },
  ],
};

// Components take view types (lib/views), never anything of lib/data: a type import is one dropped
// `type` keyword away from pulling Prisma into the browser bundle.
const dataLayerImports = {
  group: ["@/lib/data", "@/lib/data/*", "**/lib/data", "**/lib/data/*"],
  message: "Components import view types from lib/views and call the API through lib/client, never lib/data.",
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "node_modules/**", ".data/**", "lib/db/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "no-restricted-imports": ["error", prismaClientImports],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["components/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [...prismaClientImports.patterns, dataLayerImports] }] },
  },
  {
    files: ["lib/db/**", "lib/data/**"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
  },
]);
