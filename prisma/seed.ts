/** `npm run db:seed`: adds the demo accounts and article to DATABASE_URL, or to the embedded database. */
import { seedDemo } from "../lib/data/demo/seed-demo";
import { openDatabaseForScript } from "../lib/db/open-database";

const database = await openDatabaseForScript();
try {
  const result = await seedDemo();
  console.log(result.createdArticle ? "Seeded the demo accounts and article." : "Demo accounts present; articles already exist.");
} finally {
  await database.close();
}
