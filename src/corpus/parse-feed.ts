import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { IngestError } from './ingest-error.js';

/** One entry of an RSS or Atom feed. */
export interface FeedItem {
  /** guid / id, else the link: what "seen" is keyed on. */
  id: string;
  url: string | null;
  title: string;
  /** Description / summary, tags stripped. */
  summary: string;
  categories: string[];
  published: string | null;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf';
  title: string;
  items: FeedItem[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ['item', 'entry', 'link', 'category'].includes(name),
});

type Node = Record<string, unknown>;

/** Text of an element that may be a string, a number or an object with #text. */
function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === 'object') return text((value as Node)['#text']);
  return '';
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Descriptions often carry (entity-encoded) HTML; titles are plain text and may contain a literal `<`. */
function plain(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function atomLink(links: unknown): string | null {
  const list = (Array.isArray(links) ? links : [links]).filter(
    (l): l is Node => typeof l === 'object' && l !== null,
  );
  const pick = list.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? list[0];
  return pick ? text(pick['@_href']) || null : null;
}

function rssItem(item: Node): FeedItem {
  const guid = text(item.guid).trim();
  // A guid is a permalink unless it says isPermaLink="false".
  const permalink =
    /^https?:\/\//i.test(guid) && (item.guid as Node | undefined)?.['@_isPermaLink'] !== 'false'
      ? guid
      : null;
  const url = text(item.link).trim() || permalink;
  return {
    id: guid || url || text(item.title),
    url,
    title: squash(text(item.title)),
    summary: plain(text(item.description) || text(item.encoded)),
    categories: ((item.category as unknown[]) ?? []).map(text).filter(Boolean),
    published: text(item.pubDate) || text(item.date) || null,
  };
}

function atomEntry(entry: Node): FeedItem {
  const url = atomLink(entry.link);
  return {
    id: text(entry.id).trim() || url || text(entry.title),
    url,
    title: squash(text(entry.title)),
    summary: plain(text(entry.summary) || text(entry.content)),
    categories: ((entry.category as unknown[]) ?? [])
      .map((c) => text((c as Node)?.['@_term'] ?? c))
      .filter(Boolean),
    published: text(entry.published) || text(entry.updated) || null,
  };
}

/** Parses RSS 2.0, RSS 1.0 (RDF) or Atom. Throws IngestError('bad_feed') for anything else. */
export function parseFeed(xml: string): ParsedFeed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new IngestError(
      `not a valid RSS or Atom feed (XML error at line ${valid.err.line}: ${valid.err.msg})`,
      'bad_feed',
    );
  }
  const doc = parser.parse(xml) as Node;
  const rss = doc.rss as Node | undefined;
  if (rss && typeof rss.channel === 'object') {
    const channel = rss.channel as Node;
    return {
      format: 'rss',
      title: squash(text(channel.title)),
      items: ((channel.item as Node[]) ?? []).map(rssItem),
    };
  }
  const feed = doc.feed as Node | undefined;
  if (feed && typeof feed === 'object') {
    return {
      format: 'atom',
      title: squash(text(feed.title)),
      items: ((feed.entry as Node[]) ?? []).map(atomEntry),
    };
  }
  const rdf = doc.RDF as Node | undefined;
  if (rdf && typeof rdf === 'object') {
    return {
      format: 'rdf',
      title: squash(text((rdf.channel as Node | undefined)?.title)),
      items: ((rdf.item as Node[]) ?? []).map(rssItem),
    };
  }
  throw new IngestError('not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)', 'bad_feed');
}
