/**
 * Event readings found wrong on the invented probe articles of session 17 (wire reports of
 * truce extensions, strikes and talks): each sentence is written for the test.
 */
import { describe, it } from 'node:test';
import { expectEvents } from './testing.js';

describe('events: the terms of an extension are proposed (frame-would-see)', () => {
  it('"the extension would see Hamas free 20 more hostages": a term, proposed', () =>
    expectEvents('The extension would see Hamas free 20 more hostages, 10 a day.', '2023-11-27', [['release', 'proposed', null, 20]]));
});
