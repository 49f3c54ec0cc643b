/**
 * The rules' vocabulary as types. Values are plain data plus decimal.js Decimals.
 */
import type { Decimal } from './decimal';
import type { Message, ReasonCode } from './codes';

export type { CellValue } from '../snapshot/types';

/** A comparison operator of a target (≥ ≤ = > <). */
export type Operator = '>=' | '<=' | '=' | '>' | '<';

/** forward: more is better (≥ >); reverse: less is better (≤ <); equality: exactly (=). */
export type Direction = 'forward' | 'reverse' | 'equality';

export function directionOf(op: Operator): Direction {
  if (op === '>=' || op === '>') return 'forward';
  if (op === '<=' || op === '<') return 'reverse';
  return 'equality';
}

/** A unit as written (万元) with the base it compares in (元) and the factor to get there (10000). */
export interface Unit {
  text: string;
  base: string;
  factor: Decimal;
}

/** A number with an optional unit. `value` is as written: 95 for "95%", 20 for "20万元". */
export interface Quantity {
  value: Decimal;
  unit: Unit | null;
}

/** A level on a grade-like scale (良好以上 → grade 3, or above). */
export interface Level {
  scale: string;
  rank: number;
  orAbove: boolean;
}

export interface QuantitativeTarget extends Quantity {
  kind: 'quantitative';
  /** null when neither the cell nor the operator column says (e.g. "30人"). */
  operator: Operator | null;
  /**
   * True for a bare target typed as text (`15个`, `100%`) on a form without an operator column,
   * where a bare number means a level to reach (see the profile's `bareTarget`). An operator
   * column left empty (Fushun) asks instead.
   */
  bare?: boolean;
}

export interface QualitativeTarget {
  kind: 'qualitative';
  text: string;
  level: Level | null;
}

export type Target = QuantitativeTarget | QualitativeTarget;

/** A failed parse: why, with the raw text for messages. Parsers never throw. */
export interface ParseFailure {
  ok: false;
  reason: ReasonCode;
  params?: Readonly<Record<string, string | number>>;
  raw: string;
  messages: Message[];
}

export type TargetResult = ({ ok: true; raw: string; messages: Message[] } & Target) | ParseFailure;

export interface NumberActual extends Quantity {
  kind: 'number';
  /** An operator written in the actual value (95%以上); the value is used as is. */
  operator: Operator | null;
}

export interface TextActual {
  kind: 'text';
  text: string;
}

export type Actual = NumberActual | TextActual;

export type ActualResult = ({ ok: true; raw: string; messages: Message[] } & Actual) | ParseFailure;

/** Qualitative bands of Fushun 二.2 / Jinshui 注3. */
export type QualitativeBand = 'achieved' | 'partly' | 'notAchieved';

export interface ScoreRange {
  min: Decimal;
  max: Decimal;
}
