/**
 * Prisma's own schema engine, compiled to WebAssembly (`@prisma/schema-engine-wasm`), driven
 * through the `pg` driver adapter. It replaces the native engine that `prisma migrate` would
 * download: same migration SQL, same `_prisma_migrations` bookkeeping.
 */
import "server-only";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as engineModule from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";

export type SchemaEngine = engineModule.SchemaEngine;

/** A throwaway empty database the engine may replay migrations into. */
export type ShadowDatabase = { url: string; stop: () => Promise<void> };

let initialised = false;

let lastPanic: string | undefined;

function initialiseWasm(): void {
  if (initialised) return;
  // The engine reports a Rust panic's message here before it throws.
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
    set_message: (message: string) => {
      lastPanic = message;
      if (process.env.DEBUG_SCHEMA_ENGINE) console.error("[schema-engine panic]", message);
    },
  };
  const require = createRequire(import.meta.url);
  const wasmPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
  const wasmModule = new WebAssembly.Module(readFileSync(wasmPath));
  const instance = new WebAssembly.Instance(wasmModule, { "./schema_engine_bg.js": engineModule as unknown as WebAssembly.ModuleImports });
  const exports = instance.exports as unknown as { __wbindgen_start: () => void };
  engineModule.__wbg_set_wasm(exports);
  exports.__wbindgen_start();
  initialised = true;
}

/** Adapter factory whose shadow database comes from the caller (a scratch database on the same server). */
class MigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = "claimdesk-migrate";

  constructor(
    private readonly url: string,
    private readonly openShadow?: () => Promise<ShadowDatabase>,
  ) {}

  connect(): Promise<SqlDriverAdapter> {
    return connectForIntrospection(this.url);
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    if (!this.openShadow) throw new Error("This operation needs a shadow database, and none was provided.");
    const shadow = await this.openShadow();
    const adapter = await connectForIntrospection(shadow.url);
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await shadow.stop();
    };
    return adapter;
  }
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const CHAR_MARKER = "\u0000char";
const COLUMN_TYPE_CHARACTER = 6; // ColumnTypeEnum.Character

/**
 * The engine's introspection reads catalog columns of Postgres' one-byte `"char"` type and expects
 * them typed as Character, but `@prisma/adapter-pg` does not know that type. We let the adapter read
 * them as text, mark the column name on the way in and retype the column on the way out.
 */
async function connectForIntrospection(url: string): Promise<SqlDriverAdapter> {
  // allowExitOnIdle: the engine does not always dispose its connection before we are done.
  const pool = new pg.Pool({ connectionString: url, max: 4, allowExitOnIdle: true, idleTimeoutMillis: 1000 });
  // Idle connections see the embedded server stop after the engine is done; that is not an error.
  pool.on("error", () => {});
  markCharColumns(pool);
  pool.on("connect", (client) => markCharColumns(client));
  const adapter = await new PrismaPg(pool).connect();
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await dispose();
    await pool.end().catch(() => {});
  };
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => {
    const result = await queryRaw(query);
    result.columnNames.forEach((name, index) => {
      if (!name.endsWith(CHAR_MARKER)) return;
      result.columnNames[index] = name.slice(0, -CHAR_MARKER.length);
      (result.columnTypes as number[])[index] = COLUMN_TYPE_CHARACTER;
    });
    return result;
  };
  return adapter;
}

function markCharColumns(target: { query: unknown }): void {
  const query = (target.query as (...args: unknown[]) => unknown).bind(target);
  target.query = (...args: unknown[]) => {
    const result = query(...args);
    if (!(result instanceof Promise)) return result;
    return result.then((value: { fields?: { dataTypeID: number; name: string }[] }) => {
      for (const field of value?.fields ?? []) {
        if (field.dataTypeID !== PG_CHAR_OID) continue;
        field.dataTypeID = PG_TEXT_OID;
        field.name += CHAR_MARKER;
      }
      return value;
    });
  };
}

export async function withSchemaEngine<T>(
  options: { url: string; schema: string; schemaPath: string; openShadow?: () => Promise<ShadowDatabase> },
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  initialiseWasm();
  const factory = bindMigrationAwareSqlAdapterFactory(new MigrationAdapterFactory(options.url, options.openShadow));
  const engine = await engineModule.SchemaEngine.new(
    { datamodels: [[options.schemaPath, options.schema]] },
    () => {},
    factory,
  );
  try {
    return await run(engine);
  } catch (error) {
    if (lastPanic) {
      const message = lastPanic;
      lastPanic = undefined;
      throw new Error(`Schema engine panicked: ${message}`, { cause: error });
    }
    throw explainEngineError(error, factory.errorRegistry);
  } finally {
    engine.free();
  }
}

/** The engine reports driver failures as "External error id#N"; swap in the driver's own error. */
function explainEngineError(error: unknown, registry: { consumeError(id: number): { error: unknown } | undefined }): unknown {
  const match = error instanceof Error ? /External error id#(\d+)/.exec(error.message) : null;
  const record = match ? registry.consumeError(Number(match[1])) : undefined;
  if (!record) return error;
  return new Error(`Schema engine: ${error instanceof Error ? error.message : String(error)}`, { cause: record.error });
}
