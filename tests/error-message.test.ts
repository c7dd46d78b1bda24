import { errorMessage } from '../src/error-message.js';

test('an Error gives its message; anything else thrown is turned into text, never undefined', () => {
  expect(errorMessage(new RangeError('out of range'))).toBe('out of range');
  expect(errorMessage('connection reset')).toBe('connection reset');
  expect(errorMessage({ code: 'ECONNREFUSED' })).toBe('[object Object]');
  expect(errorMessage(undefined)).toBe('undefined');
  expect(errorMessage(42)).toBe('42');
});
