import { splitLines, trimLine } from '../../../src/engine/ingest/split-lines.js';
import { stripClutter } from '../../../src/engine/ingest/strip-clutter.js';

const kept = (page: string) =>
  stripClutter(splitLines(page).map(trimLine))
    .lines.map((l) => l.text)
    .filter(Boolean);

const NEWS = [
  'Lithium prices rose 12% in March as Chinese refiners cut output, traders said.',
  'The company said photo-sensitive sensors and comment moderation tools were not affected.',
  'Officials will publish updated guidance on cobalt sourcing next week.',
];

describe('stripClutter', () => {
  test('drops share bars, reading times, navigation, captions and ads from any site, keeping news lines', () => {
    const page = [
      'Home > Business > Commodities',
      'Skip to content',
      '5 min read',
      'Updated: 14 Mar 2026, 09:10 AM IST',
      NEWS[0],
      'Share on Facebook',
      'Share',
      'A truck carries ore at a mine in Chile. (Photo: Reuters)',
      'Image: AFP',
      NEWS[1],
      'Advertisement',
      'Subscribe to our newsletter for daily updates',
      'ALSO READ: Why copper is the new oil',
      'Follow us on Twitter',
      NEWS[2],
      'Tags: lithium, cobalt',
      'WATCH | How rare earths are refined',
      'First published: March 14, 2026',
      'Get the day’s top stories delivered to your inbox',
      '(This story has not been edited by Example staff and is auto-generated from a syndicated feed.)',
      '(Only the headline and picture of this report may have been reworked by the Example Standard staff; the rest of the content is auto-generated from a syndicated feed.)',
      '© 2026 Example Media. All rights reserved.',
    ].join('\n');
    expect(kept(page)).toEqual(NEWS);
  });

  test('drops a comment section and everything after it, under any of its usual headings', () => {
    for (const heading of [
      'Comments',
      '12 Comments',
      'Reader Comments',
      'Leave a Reply',
      'Join the conversation',
      'Comments (3)',
    ]) {
      const page = `${NEWS[0]}\n\n${heading}\n\nJane D\nGreat article, thanks for the insight into markets.\n${NEWS[1]}`;
      expect(kept(page)).toEqual([NEWS[0]]);
    }
  });

  test('drops a magazine promo block: opener, teaser fragments, issue line and "Read Now"', () => {
    const page = [
      NEWS[0],
      'open magazine cover',
      'Weekly Review Latest Issue is Out Now!',
      'The Big Squeeze!',
      '12 Mar 2026 - Vol 7 | Issue 10',
      'How Europe plans to break its dependence on imported magnets',
      'Read Now',
      NEWS[1],
    ].join('\n\n');
    expect(kept(page)).toEqual([NEWS[0], NEWS[1]]);
  });

  test('drops a list of links to other stories after a "Related" or "Most Read" opener', () => {
    for (const opener of ['Related Stories', 'Most Read', 'More from Markets', 'You may also like']) {
      const page = [
        NEWS[0],
        opener,
        'Copper hits record as Chile mines strike',
        'Why India is betting on sodium-ion batteries',
        'Gold slips',
        NEWS[1],
      ].join('\n');
      expect(kept(page)).toEqual([NEWS[0], NEWS[1]]);
    }
  });

  test('drops production credits, image sources and page tools', () => {
    const page = [
      NEWS[0],
      'Reporting by Jane Doe; Editing by John Roe',
      'Image Source : PTI',
      '(Representative image)',
      'Font size',
      'Story continues below this ad',
      NEWS[2],
    ].join('\n');
    expect(kept(page)).toEqual([NEWS[0], NEWS[2]]);
  });

  test('reports the date of an "Updated"/"Published" line and leaves the input array untouched', () => {
    const lines = splitLines(`Published: 13 January 2026\n${NEWS[0]}`).map(trimLine);
    const before = lines.map((l) => l.text);
    const result = stripClutter(lines);
    expect(result.updated).toBe('13 January 2026');
    expect(lines.map((l) => l.text)).toEqual(before);
    expect(result.lines).toHaveLength(lines.length);
  });

  test('a long news paragraph that mentions comments, sign-ups or photos is kept', () => {
    const paragraph =
      'Reader comments on the draft rules, which require miners to sign up for a national registry and submit photo evidence of site restoration, close on Friday, the ministry said in a statement.';
    expect(kept(paragraph)).toEqual([paragraph]);
  });
});
