/**
 * @module stages/entities/ner/lattice.test — the BILOU-block kernels give bit-identical results to plain loops over `canFollow`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CLOSED, Lattice, OPENERS, cachedExp } from './lattice.js';
import { TAG_COUNT, TAG_O, canFollow } from './tags.js';
import { seededRandom } from '../../../util/random.js';

const K = TAG_COUNT;

/** The tags `related` to each tag, ascending. */
function lists(related: (t: number, other: number) => boolean): number[][] {
  return Array.from({ length: K }, (_, t) => Array.from({ length: K }, (_, o) => o).filter((o) => related(t, o)));
}
const PREDECESSORS = [false, true].map((last) => lists((t, p) => canFollow(p, t, last)));
const SUCCESSORS = [false, true].map((last) => lists((p, t) => canFollow(p, t, last)));
const START = [false, true].map((last) => Array.from({ length: K }, (_, t) => canFollow(TAG_O, t, last)));

/** Viterbi as plain loops over the predecessor lists (the reference); returns tags, scores and back pointers. */
function referenceViterbi(n: number, emit: Float64Array, trans: Float64Array): { tags: number[]; delta: Float64Array; back: Uint8Array } {
  const delta = new Float64Array(n * K);
  const back = new Uint8Array(n * K);
  for (let t = 0; t < K; t++) delta[t] = (START[n === 1 ? 1 : 0]![t] ? trans[TAG_O * K + t]! : -Infinity) + emit[t]!;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < K; t++) {
      let best = -Infinity;
      let arg = 0;
      for (const p of PREDECESSORS[i === n - 1 ? 1 : 0]![t]!) {
        const v = delta[(i - 1) * K + p]! + trans[p * K + t]!;
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      delta[i * K + t] = best + emit[i * K + t]!;
      back[i * K + t] = arg;
    }
  }
  let tag = 0;
  for (let t = 1; t < K; t++) if (delta[(n - 1) * K + t]! > delta[(n - 1) * K + tag]!) tag = t;
  const tags = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = tag;
    tag = back[i * K + tag]!;
  }
  return { tags, delta, back };
}

function normalize(values: Float64Array, row: number, sum: number): void {
  const norm = sum > 0 ? 1 / sum : 0;
  for (let t = 0; t < K; t++) values[row + t] = values[row + t]! * norm;
}

/** Forward-backward as plain loops over the lists (the reference): alpha, beta and the chosen tags' marginals over `[from, to]`. */
function referenceMarginals(n: number, emit: Float64Array, tr: Float64Array, tags: readonly number[], temperature: number, from: number, to: number): { alpha: Float64Array; beta: Float64Array; out: Float32Array } {
  const ex = new Float64Array(n * K);
  const alpha = new Float64Array(n * K);
  const beta = new Float64Array(n * K);
  const out = new Float32Array(n);
  const inv = 1 / temperature;
  for (let i = 0; i < n; i++) {
    let emax = -Infinity;
    for (let t = 0; t < K; t++) emax = Math.max(emax, emit[i * K + t]!);
    for (let t = 0; t < K; t++) ex[i * K + t] = Math.exp((emit[i * K + t]! - emax) * inv);
  }
  let sum = 0;
  for (let t = 0; t < K; t++) {
    const v = (START[n === 1 ? 1 : 0]![t] ? tr[TAG_O * K + t]! : 0) * ex[t]!;
    alpha[t] = v;
    sum += v;
  }
  normalize(alpha, 0, sum);
  for (let i = 1; i <= to; i++) {
    sum = 0;
    for (let t = 0; t < K; t++) {
      let v = 0;
      for (const p of PREDECESSORS[i === n - 1 ? 1 : 0]![t]!) v += alpha[(i - 1) * K + p]! * tr[p * K + t]!;
      v *= ex[i * K + t]!;
      alpha[i * K + t] = v;
      sum += v;
    }
    normalize(alpha, i * K, sum);
  }
  for (let t = 0; t < K; t++) beta[(n - 1) * K + t] = 1;
  for (let i = n - 2; i >= from; i--) {
    sum = 0;
    for (let p = 0; p < K; p++) {
      let v = 0;
      for (const t of SUCCESSORS[i + 1 === n - 1 ? 1 : 0]![p]!) v += tr[p * K + t]! * ex[(i + 1) * K + t]! * beta[(i + 1) * K + t]!;
      beta[i * K + p] = v;
      sum += v;
    }
    normalize(beta, i * K, sum);
  }
  for (let i = from; i <= to; i++) {
    let z = 0;
    for (let t = 0; t < K; t++) z += alpha[i * K + t]! * beta[i * K + t]!;
    const chosen = tags[i]!;
    out[i] = z > 0 ? (alpha[i * K + chosen]! * beta[i * K + chosen]!) / z : 0;
  }
  return { alpha, beta, out };
}

test('closed tags precede exactly the openers, and open tags only continue their type', () => {
  for (let p = 0; p < K; p++) {
    for (let t = 0; t < K; t++) {
      const block = CLOSED.includes(p) && OPENERS.includes(t);
      const inside = p !== TAG_O && t !== TAG_O && (p - 1) >> 2 === (t - 1) >> 2 && [0, 1].includes((p - 1) & 3) && [1, 2].includes((t - 1) & 3);
      assert.equal(canFollow(p, t, false), block || inside, `${p} → ${t}`);
    }
  }
  for (let m = 0; m < OPENERS.length; m++) assert.equal(canFollow(TAG_O, OPENERS[m]!, true), m % 2 === 0, `opener ${OPENERS[m]} at a last token`);
});

test('Viterbi and forward-backward equal the plain loops bit for bit', () => {
  const random = seededRandom(11);
  const lattice = new Lattice();
  for (let round = 0; round < 600; round++) {
    const n = 1 + Math.floor(random() * 30);
    // weights of the sizes the model gives (quantized sums), sometimes all equal (ties)
    const spread = round % 10 === 0 ? 0 : 5 + random() * 400;
    for (let j = 0; j < K * K; j++) lattice.trans[j] = Math.round((random() - 0.5) * spread) * 0.25;
    lattice.transitionsSet();
    lattice.ensure(n);
    // emissions far apart from each other (as most tokens' are) let Viterbi skip the closed → opener comparisons
    const emitSpread = round % 3 === 1 ? spread * (1 + random() * 30) : spread;
    for (let j = 0; j < n * K; j++) lattice.emit[j] = Math.round((random() - 0.5) * emitSpread) * 0.25;
    const temperature = 1 + random() * 20;
    lattice.expTransitions(temperature);
    const tags = new Uint8Array(n);
    lattice.viterbi(n, tags, 0);
    const ref = referenceViterbi(n, lattice.emit.slice(0, n * K), lattice.trans);
    assert.deepEqual([...tags], ref.tags, `round ${round}: tags`);
    assert.deepEqual(lattice.delta.slice(0, n * K), ref.delta, `round ${round}: Viterbi scores`);
    assert.deepEqual(lattice.back.slice(K, n * K), ref.back.slice(K), `round ${round}: back pointers`);
    const from = Math.floor(random() * n);
    const to = from + Math.floor(random() * (n - from));
    const out = new Float32Array(n);
    lattice.marginals(n, tags, 0, out, temperature, from, to);
    const m = referenceMarginals(n, lattice.emit.slice(0, n * K), lattice.transExp, ref.tags, temperature, from, to);
    assert.deepEqual(lattice.delta.slice(0, (to + 1) * K), m.alpha.slice(0, (to + 1) * K), `round ${round}: forward`);
    assert.deepEqual(lattice.beta.slice(from * K, n * K), m.beta.slice(from * K), `round ${round}: backward`);
    assert.deepEqual(out, m.out, `round ${round}: marginals`);
  }
});

test('Viterbi skips the closed → opener comparisons only where one closed tag is ahead by more than the transitions can make up', () => {
  const lattice = new Lattice();
  const n = 3;
  lattice.ensure(n);
  // transitions closed → opener spread over [−2, 2]: a lead of 4 decides nothing on its own
  for (let j = 0; j < K * K; j++) lattice.trans[j] = ((j * 7) % 5) - 2;
  lattice.transitionsSet();
  for (const lead of [3.5, 4, 4 + 1e-12, 4.5, 40]) {
    lattice.emit.fill(0);
    // token 0: O ahead of every other closed tag by `lead`; token 1: each opener scores alike
    for (let t = 0; t < K; t++) lattice.emit[t] = t === TAG_O ? lead : 0;
    const tags = new Uint8Array(n);
    lattice.viterbi(n, tags, 0);
    const ref = referenceViterbi(n, lattice.emit.slice(0, n * K), lattice.trans);
    assert.deepEqual([...tags], ref.tags, `lead ${lead}: tags`);
    assert.deepEqual(lattice.delta.slice(0, n * K), ref.delta, `lead ${lead}: scores`);
    assert.deepEqual(lattice.back.slice(K, n * K), ref.back.slice(K), `lead ${lead}: back pointers`);
  }
});

test('cachedExp returns what Math.exp returns, also for repeated, colliding and special values', () => {
  const random = seededRandom(5);
  const values = [0, -0, 1, -1, -745.2, -Infinity, Infinity, NaN, Number.MIN_VALUE, -1e-300];
  for (let i = 0; i < 20_000; i++) values.push(-Math.round(random() * 3000) * 0.2490872210405 / 16, (random() - 0.5) * 100);
  for (let round = 0; round < 3; round++) for (const x of values) assert.ok(Object.is(cachedExp(x), Math.exp(x)), `exp(${x})`);
});
