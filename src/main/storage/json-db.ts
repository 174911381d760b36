// The settings and library services were written against this name; the adapter lives in lowdb-adapter.ts.
export { AtomicJsonAdapter as JsonDbAdapter } from './lowdb-adapter';
