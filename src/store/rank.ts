/**
 * @module store/rank — ordering near-duplicate candidates, shared by every backend.
 */

/** Most shared LSH keys first, ties by id; at most `limit` ids. */
export function rankCandidates(shared: ReadonlyMap<string, number>, limit: number): string[] {
  return [...shared].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([id]) => id);
}
