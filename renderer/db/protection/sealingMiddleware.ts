import type { DBCore, DBCoreCursor, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { LockedError, type KeyHolder } from './keyHolder';
import { openValues } from './batchOpening';
import { recordCodec } from './recordCodec';

/** Settings kept in the clear: the key vault and what the lock screen needs before unlocking. */
export const PLAIN_SETTING_PREFIX = 'protection.';

function topLevelFields(keyPath: string | string[] | null | undefined): string[] {
  if (keyPath === null || keyPath === undefined) return [];
  const paths = Array.isArray(keyPath) ? keyPath : [keyPath];
  return paths.map((path) => path.split('.')[0]!).filter((field) => field !== '');
}

type AnyRecord = Record<string, unknown>;

/**
 * Seals records on their way into IndexedDB and opens them on their way out (see recordSeal.ts),
 * directly above IndexedDB, below every other Dexie layer: hooks, live queries and caches see
 * plain records. With protection off it passes every request through untouched.
 */
export function sealingMiddleware(holder: KeyHolder): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'ProtectionSealing',
    // Below Dexie's own layers (the lowest of which is -1).
    level: -10,
    create(down) {
      return {
        ...down,
        table(name: string): DBCoreTable {
          const table = down.table(name);
          const plainFields = [
            ...new Set([
              ...topLevelFields(table.schema.primaryKey.keyPath),
              ...table.schema.indexes.flatMap((index) => topLevelFields(index.keyPath)),
            ]),
          ];
          const aad = new TextEncoder().encode(name);
          const keyPath = table.schema.primaryKey.keyPath;
          // A record's primary key, where it is one plain field (every table here): what opened
          // records are remembered by (openedRecords.ts); none, and nothing is remembered, else.
          const keyField = typeof keyPath === 'string' && !keyPath.includes('.') ? keyPath : null;
          const placeOf = (value: AnyRecord) => ({
            table: name,
            aad,
            key: keyField === null ? undefined : value[keyField],
          });
          const keptPlain = (value: AnyRecord) =>
            name === 'settings' &&
            typeof value.key === 'string' &&
            value.key.startsWith(PLAIN_SETTING_PREFIX);
          // Only called with protection on, when the codec is loaded (see recordCodec.ts).
          const open = (value: unknown): unknown => {
            const { isSealed, openRecord } = recordCodec();
            return isSealed(value) ? openRecord(value, holder, placeOf(value)) : value;
          };
          const seal = (value: AnyRecord): AnyRecord => {
            if (keptPlain(value)) return value;
            return recordCodec().sealRecord(value, plainFields, holder, placeOf(value));
          };
          const wrapCursor = (cursor: DBCoreCursor): DBCoreCursor => {
            let openedKey: unknown;
            let opened: unknown;
            return Object.create(cursor, {
              key: { get: () => cursor.key },
              primaryKey: { get: () => cursor.primaryKey },
              value: {
                get: () => {
                  const key: unknown = cursor.primaryKey;
                  if (key !== openedKey || opened === undefined) {
                    opened = open(cursor.value);
                    openedKey = key;
                  }
                  return opened;
                },
              },
            }) as DBCoreCursor;
          };
          return {
            ...table,
            get(req) {
              if (holder.mode === 'off') return table.get(req);
              return table.get(req).then(open);
            },
            getMany(req) {
              if (holder.mode === 'off') return table.getMany(req);
              return table
                .getMany(req)
                .then((values) => openValues(values, holder, placeOf, req.trans, name));
            },
            query(req) {
              if (holder.mode === 'off' || !req.values) return table.query(req);
              return table.query(req).then(async (res) => ({
                ...res,
                result: await openValues(res.result, holder, placeOf, req.trans, name),
              }));
            },
            openCursor(req) {
              if (holder.mode === 'off' || !req.values) return table.openCursor(req);
              return table.openCursor(req).then((cursor) => cursor && wrapCursor(cursor));
            },
            mutate(req: DBCoreMutateRequest) {
              if (holder.mode === 'off' || req.type === 'delete' || req.type === 'deleteRange')
                return table.mutate(req);
              try {
                if (holder.mode === 'locked' && !(req.values as AnyRecord[]).every(keptPlain))
                  throw new LockedError();
                return table.mutate({ ...req, values: (req.values as AnyRecord[]).map(seal) });
              } catch (error) {
                return Promise.reject(error);
              }
            },
          };
        },
      };
    },
  };
}
