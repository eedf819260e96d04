/**
 * The OpenAPI document passes Redocly's `recommended` ruleset (what `redocly lint` runs by
 * default) with no error, and with no warning but the ones accepted below, each with its reason.
 */
import { createConfig, lintFromString, type NormalizedProblem } from "@redocly/openapi-core";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./openapi";

const SOURCE = "openapi.json";

/**
 * Problems accepted on purpose, as a `.redocly.lint-ignore.yaml` would list them. Health and this
 * document read nothing from the request and need no credentials: there is no 4xx either can
 * answer, and documenting one would be a lie a generated client believes.
 */
const ACCEPTED: Record<string, string[]> = {
  "operation-4xx-response": ["#/paths/~1api~1health/get/responses", "#/paths/~1api~1openapi.json/get/responses"],
};

async function lintDocument(): Promise<NormalizedProblem[]> {
  const absoluteRef = `${process.cwd()}/${SOURCE}`;
  const ignore = { [absoluteRef]: Object.fromEntries(Object.entries(ACCEPTED).map(([rule, pointers]) => [rule, new Set(pointers)])) };
  const config = await createConfig({ extends: ["recommended"] }, { ignore });
  return lintFromString({ source: JSON.stringify(buildOpenApiDocument(), null, 2), absoluteRef, config });
}

const describeProblem = (problem: NormalizedProblem) => `${problem.severity} ${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer ?? "?"}`;

describe("Redocly's recommended ruleset", () => {
  it("finds no error and no warning beyond the accepted ones", { timeout: 30_000 }, async () => {
    const problems = await lintDocument();
    const reported = problems.filter((problem) => !problem.ignored);
    const errors = reported.filter((problem) => problem.severity === "error");
    const warnings = reported.filter((problem) => problem.severity === "warn");
    console.info(`redocly recommended: ${errors.length} errors, ${warnings.length} warnings, ${problems.length - reported.length} accepted`);
    expect(errors.map(describeProblem)).toEqual([]);
    expect(warnings.map(describeProblem)).toEqual([]);
    // Each accepted problem is still there: when one goes away, its line above goes too.
    expect(problems.filter((problem) => problem.ignored).map((problem) => `${problem.ruleId} ${problem.location[0]?.pointer}`).sort()).toEqual(
      Object.entries(ACCEPTED).flatMap(([rule, pointers]) => pointers.map((pointer) => `${rule} ${pointer}`)).sort(),
    );
  });

  it("reports an error for a document without servers (the check is live)", { timeout: 30_000 }, async () => {
    const { servers: _servers, ...withoutServers } = buildOpenApiDocument();
    const config = await createConfig({ extends: ["recommended"] });
    const problems = await lintFromString({ source: JSON.stringify(withoutServers), absoluteRef: `${process.cwd()}/bare.json`, config });
    expect(problems.filter((problem) => problem.severity === "error").map((problem) => problem.ruleId)).toContain("no-empty-servers");
  });
});
