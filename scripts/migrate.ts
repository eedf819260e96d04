/** `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database. */
import { openDatabaseForScript } from "../lib/db/open-database";

const database = await openDatabaseForScript();
const applied = database.appliedMigrations;
console.log(applied.length ? `Applied ${applied.join(", ")}.` : "The database schema is up to date.");
await database.close();
