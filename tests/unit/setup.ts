// IndexedDB for Dexie in Node: every unit test talks to a real (in-memory) IndexedDB implementation.
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/dom';

// `findBy…` and `waitFor` wait for a condition, not for a time: on a busy machine (both cores taken
// by other work) a dialog may take seconds to appear, and the default second fails tests that are
// right. A test still fails, only later, when what it waits for never comes.
configure({ asyncUtilTimeout: 15_000 });
