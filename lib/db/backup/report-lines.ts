/** What the backup and restore scripts print about a run. */
import "server-only";

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["kB", "MB", "GB", "TB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** "14 tables, 1,234 rows: User 5, Article 1, ..." */
export function describeTables(tables: { name: string; rows: number }[]): string {
  const total = tables.reduce((sum, table) => sum + table.rows, 0);
  const each = tables.map((table) => `${table.name} ${table.rows.toLocaleString("en")}`).join(", ");
  return `${tables.length} tables, ${total.toLocaleString("en")} rows${tables.length ? `: ${each}` : ""}`;
}

export function describeMigrations(migrations: string[]): string {
  return migrations.length ? `migrations up to ${migrations.at(-1)} (${migrations.length})` : "no migrations";
}
