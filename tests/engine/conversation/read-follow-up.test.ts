import { isFollowUp, readFollowUp } from '../../../src/engine/conversation/read-follow-up.js';
import { seedEngine } from '../../support/seed-engine.js';

test('short replies that lean on the earlier question are follow-ups; whole questions are not', () => {
  for (const reply of [
    'and when was it?',
    'who else?',
    'What about cobalt?',
    'where was that?',
    'And who hosted?',
  ])
    expect(isFollowUp(reply)).toBe(true);
  for (const reply of [
    'Who is the US Ambassador-designate to India?',
    'When will India host the AI Impact Summit?',
    'thanks',
  ])
    expect(isFollowUp(reply)).toBe(false);
});

test('a follow-up is read with the earlier question; without one it stands as written', () => {
  expect(readFollowUp('and when was it?', 'Who attended the ministerial?')).toBe('When was the ministerial?');
  expect(readFollowUp('who else?', 'Who attended the ministerial?')).toBe('Who attended the ministerial?');
  expect(readFollowUp('what about cobalt?', 'Who supplies the lithium?')).toBe('Who supplies cobalt?');
  expect(readFollowUp('and why?', 'What did India commit to?')).toBe('Why? What did India commit to?');
  expect(readFollowUp('and when was it?', null)).toBe('and when was it?');
  expect(readFollowUp('Who hosted the ministerial?', 'When was it?')).toBe('Who hosted the ministerial?');
});

test('on the seed articles, "and when was it?" after the attendance question gets a date', async () => {
  const engine = await seedEngine();
  const answer = engine.ask(readFollowUp('and when was it?', 'Who attended the ministerial?'));
  expect(answer).toMatchObject({ found: true, kind: 'date' });
});
