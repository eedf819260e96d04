/** `npm run db:seed`: adds the demo accounts and article to the database at DATABASE_URL. */
import { seedDemo } from "../lib/data/demo/seed-demo";
import { disconnectDb } from "../lib/db/disconnect";

const result = await seedDemo();
console.log(result.createdArticle ? "Seeded the demo accounts and article." : "Demo accounts present; articles already exist.");
await disconnectDb();
