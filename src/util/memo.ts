/**
 * @module util/memo — a function of a string whose answers are kept, up to a bound.
 *
 * Stages fold or look up the same names in every article: the answer is worked out once and
 * kept by its argument; when `limit` answers are held the store starts over (a run over a
 * day of news must not grow without end, and one article never needs that many).
 */
import { own } from './own-slice.js';

/** `compute`, remembering up to `limit` answers by argument. */
export function boundedMemo<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const kept = new Map<string, V>();
  return (key: string): V => {
    let v = kept.get(key);
    if (v === undefined) {
      if (kept.size >= limit) kept.clear();
      v = compute(key);
      // a key sliced from an article would keep the whole article (util/own-slice)
      kept.set(own(key), v);
    }
    return v;
  };
}
