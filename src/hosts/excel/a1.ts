/** Moved: A1 helpers live in src/snapshot/a1.ts. */
export * from '../../snapshot/a1';
