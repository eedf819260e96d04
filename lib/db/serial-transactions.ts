/**
 * Prisma's query interpreter loads a query's relations side by side (`Promise.all` over a join's
 * children). Outside a transaction each goes to its own pooled connection; inside one they all land
 * on the transaction's single `pg` client at once, which pg 8.19+ deprecates (and pg 9 refuses):
 * "Calling client.query() when the client is already executing a query". Upstream: prisma/orm
 * pull requests #29468 and #29979, open. Until they land, each transaction sends its queries in turn.
 */
import "server-only";
import type { SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

export function withSerialTransactions(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      const startTransaction = adapter.startTransaction.bind(adapter);
      adapter.startTransaction = async (isolationLevel) => inTurn(await startTransaction(isolationLevel));
      return adapter;
    },
  };
}

/** Makes a transaction queue its queries: each starts when the one before it has settled. */
export function inTurn(transaction: Transaction): Transaction {
  let tail: Promise<unknown> = Promise.resolve();
  const queue = <T>(run: () => Promise<T>): Promise<T> => {
    const result = tail.then(run);
    tail = result.catch(() => undefined);
    return result;
  };
  const queryRaw = transaction.queryRaw.bind(transaction);
  const executeRaw = transaction.executeRaw.bind(transaction);
  transaction.queryRaw = (query: SqlQuery) => queue(() => queryRaw(query));
  transaction.executeRaw = (query: SqlQuery) => queue(() => executeRaw(query));
  return transaction;
}
