import { renderDigestText } from '../../src/cli/render-digest-text.js';
import { digest, story } from '../support/digest-fixture.js';

test('the plain-text preview', () => {
  const plain = renderDigestText(digest([story(1)]));
  expect(plain).toContain('1. Story 1: ministers <@U123> meet & agree');
  expect(plain).toContain('[2] Story 1 report 1 <!channel> & friends (13 Jan 2026, https://example.com/1/1)');
  expect(renderDigestText(digest([]))).toMatch(/no new articles/);
});
