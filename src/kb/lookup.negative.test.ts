import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aliasKeys, builtIn } from './testing.js';

// Surfaces that must NOT find an entity.
test('a partial surname', () => assert.deepEqual(aliasKeys('Blink'), []));
test('a first name alone', () => assert.deepEqual(aliasKeys('Antony'), []));
test('a title is not a person', () => assert.deepEqual(aliasKeys('Secretary of State'), []));
test('a person name is not a title', () => assert.deepEqual(builtIn().titleIndex.lookup('Antony Blinken'), []));
test('Ronen Bar has no short name', () => assert.deepEqual(aliasKeys('Bar'), []));
test('the ruling family name is not the emir', () => assert.deepEqual(aliasKeys('Al Thani'), []));
test('an empty surface', () => assert.deepEqual(aliasKeys('  '), []));
test('the wrong country finds no holder', () => assert.deepEqual(builtIn().holdersOf('Secretary of State', 'Israel', '2024-05-01'), []));
test('no holder of a made-up title', () => assert.deepEqual(builtIn().holdersOf('Grand Vizier', 'United States', '2024-05-01'), []));
test('no title inside a longer word', () => assert.deepEqual(builtIn().titleIndex.findIn('presidential'), []));
