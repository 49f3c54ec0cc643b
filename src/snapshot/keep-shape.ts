/**
 * Keeps the latest instance of a hot class alive between two analyses.
 *
 * V8 reaches the hidden class ("map") of a class's instances from the class only through weak
 * links. When a full collection finds no instance alive (between two commands, once the
 * browser's idle-time memory reducer or a forced GC has run), the map is collected, the optimised
 * code of every function specialised to it is thrown away ("weak objects" deoptimisation), and
 * the next analysis makes a new map, whose inline caches then see several maps. Measured on the
 * benchmark workbook after a full GC: recognition took ~50 ms with the maps lost and ~13 ms with
 * them kept (`npm run bench` reports the whole figure).
 *
 * One instance per class is kept, the latest, with what it refers to: one sheet's grid at most.
 */
const latest = new Map<unknown, object>();

/** Records `instance` as its class's latest; call at the end of the constructor. */
export function keepShape(instance: object): void {
  latest.set(instance.constructor, instance);
}
