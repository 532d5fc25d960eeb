/**
 * The better-sqlite3 connection under a Prisma client, for the one writer that needs it raw: the sync's
 * bulk inserts (server/parliament/sqlite/sqlite-bulk-insert.ts) run prepared statements on the very connection
 * Prisma's interactive transaction holds, so they commit or roll back with it, without Prisma's parameter
 * handling or a statement compiled per batch (Prisma's adapter prepares every query afresh).
 *
 * The adapter keeps its connection in a field it does not declare (`client`, better-sqlite3's Database):
 * read here once per connect, checked, and refused with a clear error if a Prisma upgrade moves it (the
 * adapter's version is pinned in package.json; the sync's tests run through this path).
 */
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import Database from 'better-sqlite3';

/** The adapter factory Prisma is given, remembering the connection each connect() opens. */
export class SqliteAdapterFactory extends PrismaBetterSqlite3 {
  connection: Database.Database | null = null;
  /** The file as given (a path or a `file:` URL), for another thread's own client on it. */
  readonly file: string;

  constructor(...args: ConstructorParameters<typeof PrismaBetterSqlite3>) {
    super(...args);
    this.file = args[0].url;
  }

  override async connect(): Promise<Awaited<ReturnType<PrismaBetterSqlite3['connect']>>> {
    const adapter = await super.connect();
    const raw = (adapter as unknown as { client?: unknown }).client;
    this.connection = raw instanceof Database ? raw : null;
    return adapter;
  }
}

const factories = new WeakMap<object, SqliteAdapterFactory>();

/** Called by createSqlitePrismaClient for each client it makes. */
export function rememberSqliteFactory(client: object, factory: SqliteAdapterFactory): void {
  factories.set(client, factory);
}

function factoryOf(client: object): SqliteAdapterFactory {
  const factory = factories.get(client);
  if (!factory) throw new Error('This Prisma client is not on SQLite, or was not made by createPrismaClient (lib/db/prisma-client.ts): the Parliament sync writes through its SQLite connection.');
  return factory;
}

/** The database file under `client` (made by createPrismaClient), as createPrismaClient was given it. */
export function sqliteFileOf(client: object): string {
  return factoryOf(client).file;
}

/**
 * The connection under `client` (made by createPrismaClient), once the client has connected (any query
 * or transaction has started). Throws when there is none, naming why.
 */
export function sqliteConnectionOf(client: object): Database.Database {
  const factory = factoryOf(client);
  if (!factory.connection) throw new Error('The Prisma client has not connected yet, or its better-sqlite3 adapter no longer exposes its connection (lib/db/sqlite/sqlite-connection.ts).');
  return factory.connection;
}
