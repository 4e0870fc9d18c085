import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CareerTalkDB, setDbForTests } from '../../lib/db/schema';

/** A fresh, isolated database that is also installed as the shared one. */
export function freshDb(): CareerTalkDB {
  const db = new CareerTalkDB('careertalk-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  setDbForTests(db);
  return db;
}
