// IndexedDB for Dexie in Node: every unit test talks to a real (in-memory) IndexedDB implementation.
import 'fake-indexeddb/auto';
