import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarize, type SampleNode } from './alloc.js';

const frame = (functionName: string, url = 'file:///x/dist/src/stages/ner/index.js', lineNumber = 0) => ({ functionName, url, lineNumber });
const node = (name: string, selfSize: number, children: SampleNode[] = [], url?: string): SampleNode => ({ callFrame: frame(name, url), selfSize, children });

test('bytes are charged to the stage under analyzeDocument, to what analyzeForStore calls besides, and to the allocating function', () => {
  const head = node('(root)', 0, [
    node('analyzeForStore', 0, [
      node('analyzeDocument', 0, [node('run', 100, [node('annotate', 300, [], 'file:///x/dist/src/pipeline/annotation.js')]), node('set', 10, [], '')]),
      node('packLayers', 200, [], 'file:///x/dist/src/store/packed.js'),
    ]),
    node('idle', 40),
  ]);
  const r = summarize(head, 2);
  assert.equal(r.perDocument, 325);
  assert.deepEqual(r.byStage, [
    { where: 'run ner/index.js', bytes: 200 },
    { where: 'analyzeForStore > packLayers', bytes: 100 },
    { where: '(outside the pipeline)', bytes: 20 },
    { where: 'analyzeDocument', bytes: 5 },
  ]);
  assert.deepEqual(r.byFunction[0], { where: 'annotate pipeline/annotation.js:1', bytes: 150 });
});
