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

describe('events: negotiators talking in a place or with someone (talks/talking)', () => {
  const lead = 'Sudan\'s army and the RSF have fought since April. Talks on a ceasefire resumed in Jeddah. ';
  it('"had been talking in Jeddah since May 6": talks', () =>
    expectEvents(`${lead}The army and the RSF had been talking in Jeddah since May 6.`, '2023-05-21', [['talks', 'asserted', '2023-05', null], ['talks', 'asserted', '2023-05', null]]));
  it('"talking with reporters": no talks', () =>
    expectEvents(`${lead}Burhan was talking with reporters in Port Sudan.`, '2023-05-21', [['talks', 'asserted', '2023-05', null]]));
});
