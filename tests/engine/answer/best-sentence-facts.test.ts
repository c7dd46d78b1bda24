import { createEngine } from '../../../src/engine/create-engine.js';
import type { Engine } from '../../../src/engine/types.js';
import { seedEngine } from '../../support/seed-engine.js';
import { syntheticArticle } from '../../support/synthetic-article.js';

const article = (...lines: string[]): Engine =>
  createEngine([syntheticArticle('story.txt', lines.join('\n'))]).engine;

let seeds: Engine;
beforeAll(async () => {
  seeds = await seedEngine();
});

describe('one typed answer is the entity of the asked type nearest the question words in the best sentence', () => {
  test('a name of unknown kind right beside the asked words beats a known organisation further off', () => {
    const engine = article(
      'Kamoto output at record',
      '',
      'Kamoto Copper reported record cobalt output in March, and mine geologist Mbuyi Kalala was named to the board of the Congo Mining Chamber (CMC).',
    );
    const answer = engine.ask('who is the mine geologist?');
    expect(answer.answer).toMatch(/^Mbuyi Kalala \[1\]/);
    expect(answer.answer).not.toMatch(/CMC|Chamber/);
  });

  test('"where" takes a place name of unknown kind when the sentence names no known place', () => {
    const engine = article(
      'Congo cobalt refining',
      '',
      'Congo will refine more of its cobalt at home, Congo’s mines ministry said on Monday.',
      'Cobalt mined at Kolwezi will be refined at a new plant near Lubumbashi from next year.',
    );
    expect(engine.ask('where will kolwezi cobalt be refined').answer).toMatch(/^Lubumbashi \[1\]/);
  });

  test('"where" asks for the place, not for who did the verb (on the seeds)', () => {
    const answer = seeds.ask('where were the talks held');
    expect(answer.found).toBe(true);
    expect(answer.span).toBe('Washington');
    expect(answer.answer).toMatch(/Washington \[1\]/);
    expect(answer.answer).not.toMatch(/^India/);
  });

  test('"what percent" takes the amount that is a percent of the asked thing, not another percentage in the sentence', () => {
    const engine = article(
      'Congo cobalt exports',
      '',
      'Sixty percent of Congo’s cobalt is exported through Durban, making up 40% of the port’s mineral traffic.',
    );
    const answer = engine.ask("what percent of congo's cobalt is exported through durban?");
    expect(answer.answer).toMatch(/^Sixty \[1\]/);
    expect(answer.answer).not.toMatch(/40%/);
  });
});

describe('"how much" is answered by the amount as written, multiplier and unit included', () => {
  test('"what is the cost of X" asks the amount itself: the seeds state it without the word "cost"', () => {
    const answer = seeds.ask('what is the cost of the rare earth magnets scheme');
    expect(answer.answer).toMatch(/^₹7,280 crore \[1\]/);
  });

  test('a glued multiplier stays with its number in the stated value and the span', () => {
    const engine = article(
      'Glencore buys into Kamoto',
      '',
      'Glencore paid £304m for a 10 per cent stake in the Kamoto mine, the company said on Monday.',
    );
    const answer = engine.ask('how much did glencore pay for the kamoto stake?');
    expect(answer.answer).toMatch(/^£304m \[1\]/);
    expect(answer.span).toBe('£304m');
  });
});

describe('"who" is not answered by where it happened, nor by the thing asked about', () => {
  test('a place after "in" is where, not who, and the summit itself did not convene itself (on the seeds)', () => {
    const answer = seeds.ask('who convened the summit');
    expect(answer.answer).not.toMatch(/Washington|ministerial summit/);
  });

  test('with a doer named elsewhere, that doer answers', () => {
    const engine = article(
      'Cobalt summit opens',
      '',
      'The cobalt summit convened in Lusaka on Monday.',
      'The cobalt summit was convened by mines minister Paul Kabuswe.',
    );
    expect(engine.ask('who convened the cobalt summit?').answer).toMatch(/^Paul Kabuswe \[1\]/);
  });
});

test('a rare question word beside a name counts for more than common ones beside another (idf-weighted closeness)', () => {
  const filler = Array.from({ length: 8 }, (_, i) =>
    syntheticArticle(
      `f${i}.txt`,
      `Cobalt mine project ${i}\n\nThe cobalt mine project number ${i} raised output at the cobalt mine this year, the project said.`,
    ),
  );
  const engine = createEngine([
    syntheticArticle(
      'dam.txt',
      'Kolwezi dam checks\n\nCobalt mine project chief Jean Ilunga met Marie Kasongo, the tailings engineer, on Monday.',
    ),
    ...filler,
  ]).engine;
  const answer = engine.ask('who is the tailings engineer of the cobalt mine project?');
  expect(answer.answer).toMatch(/^Marie Kasongo \[1\]/);
  expect(answer.answer).not.toMatch(/Ilunga/);
});
