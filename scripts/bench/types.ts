/** One figure printed by `npm run bench`. */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  /** Target from the requirements, same unit; printed with the ratio value/target. */
  target?: number;
  note?: string;
}
