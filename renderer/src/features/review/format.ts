/** A score or confidence (0 to 1) with two decimals, in the interface language ("0.65", "0,65"). */
export function formatScore(value: number, language: string): string {
  return value.toLocaleString(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
