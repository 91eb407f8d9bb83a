/** A numbered schema step. Shipped migrations are never edited: add a new one instead. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
