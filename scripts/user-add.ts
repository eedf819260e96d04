/**
 * `npm run user:add -- --email ada@example.org --role editor [--name "Ada Lovelace"]`
 * Creates an account. The password is prompted for (hidden), or read from stdin when piped:
 *   printf '%s\n' "$PASSWORD" | npm run user:add -- --email ... --role ...
 */
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { insertUserAsSystem } from "../lib/data/users/insert-user";
import { openDatabaseForScript } from "../lib/db/open-database";
import { ZCreateUser } from "../lib/validation/users";

function readPipedPassword(): Promise<string> {
  return new Promise((resolve) => {
    let data = "";
    process.stdin.setEncoding("utf8");
    process.stdin.on("data", (chunk) => (data += chunk));
    process.stdin.on("end", () => resolve(data.split(/\r?\n/)[0] ?? ""));
  });
}

function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (text: string) => void };
    let isPrompting = true;
    output._writeToOutput = (text: string) => {
      if (isPrompting) process.stdout.write(text.startsWith(question) ? question : "");
    };
    rl.question(question, (answer) => {
      isPrompting = false;
      process.stdout.write("\n");
      rl.close();
      resolve(answer);
    });
  });
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readPipedPassword();
  const password = await promptHidden("Password (at least 12 characters): ");
  const again = await promptHidden("Repeat the password: ");
  if (password !== again) throw new Error("The passwords do not match.");
  return password;
}

const { values } = parseArgs({
  options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
  strict: true,
});

const password = await readPassword();
const parsed = ZCreateUser.safeParse({ email: values.email, role: values.role, name: values.name ?? values.email?.split("@")[0], password });
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`--${issue.path.join(".")}: ${issue.message}`);
  console.error("Usage: npm run user:add -- --email <email> --role viewer|reviewer|editor|admin [--name <name>]");
  process.exit(2);
}

const database = await openDatabaseForScript();
try {
  const user = await insertUserAsSystem(parsed.data);
  console.log(`Created ${user.role} ${user.email}.`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await database.close();
}
