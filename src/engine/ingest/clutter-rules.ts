/**
 * Line-level rules for page clutter that news sites emit around an article. They are
 * written for kinds of clutter (share bars, comment sections, promos, captions), never
 * for one site's wording, and only fire on short lines so a news paragraph that merely
 * mentions "comments" or "photo" survives.
 */

/** Short lines only: clutter is terse, news paragraphs are not. */
const SHORT = 160;

/** Start of a reader-comment section: it and everything after it are dropped. */
const COMMENTS =
  /^(?:\d+\s+)?(?:readers?['’]?\s+|user\s+)?(?:comments?|responses|discussion)(?:\s*\(\d+\))?\s*:?$|^(?:leave|post|add|write|submit)\s+(?:a|your)\s+(?:comment|reply|response)\b|^(?:join|start)\s+the\s+(?:conversation|discussion)\b|^(?:show|view|load|read)\s+(?:all\s+)?(?:\d+\s+)?comments\b|^comments?\s+(?:are\s+)?closed\b|^what\s+do\s+you\s+think\??$/i;

/** Whole lines that are clutter on any site. */
const CLUTTER_LINES: RegExp[] = [
  // share bars
  /^(?:share(?:\s+(?:this|the))?(?:\s+(?:article|story|post|page|link))?|share\s+(?:on|via)\s+\w+|tweet|e-?mail|print|copy\s+link|whatsapp|facebook|twitter|linkedin|telegram|reddit)\s*:?$/i,
  // reading time
  /^\d+\s*(?:-\s*\d+\s*)?(?:min|mins|minute|minutes)\s+(?:read|listen)$/i,
  // site navigation and page tools
  /^(?:home|menu|search|skip\s+to\s+(?:main\s+)?content|back\s+to\s+top|(?:next|previous|prev)\s+(?:article|story|post)|font\s+size|text\s+size|bookmark|save(?:\s+article)?)$/i,
  /^(?:tags?|topics?|filed\s+under|categories)\s*:/i,
  // teasers for other stories on the same line
  /^(?:(?:also|must)\s+read|read\s+(?:more|next|also))\b/i,
  // advertising
  /^(?:advertisement|sponsored(?:\s+content)?|ad|story\s+continues\s+below(?:\s+this)?(?:\s+ad(?:vertisement)?)?|continue\s+reading\s+below)$/i,
  // social accounts and apps
  /^follow\s+us\b|^(?:download|get)\s+(?:the|our)(?:\s+\S+)?\s+app\b/i,
  // video, audio and gallery teasers
  /^(?:watch|video|photos?|gallery|listen)\s*[:|]|^(?:view|photo)\s+gallery$|^listen\s+to\s+(?:this\s+)?(?:article|story)$/i,
  // production credits: "Reporting by ...; Editing by ...", "Edited by: ..."
  /^\(?(?:reporting|writing|additional\s+reporting|editing|edited|compiled)\s+by\b[^.]{0,120}\)?\.?$/i,
  // syndication notes: "(This story has not been edited by ... staff and is auto-generated from a syndicated feed.)"
  /auto-generated\s+from\s+a\s+syndicated\s+feed|has\s+not\s+been\s+edited\s+by\b.*\bstaff/i,
  // copyright
  /^(?:©|copyright\b)|\ball\s+rights\s+reserved\.?$/i,
  // magazine issue line: "30 Jan 2026 - Vol 04 | Issue 56"
  /\bvol(?:ume)?\.?\s*\d+\s*[|,·-]\s*(?:issue|no\.?)\s*\d+/i,
];

/** Subscription, sign-up and promo wording, anywhere in a short line. */
const PROMO =
  /\b(?:sign\s+up\s+(?:for|to|now|today|here)|subscribe\s+(?:now|today|here|to\s+(?:our|the))|(?:our|the)\s+newsletter|ad-free|uninterrupted\s+access|premium\s+(?:content|access|subscription|member)|unlock\s+(?:unlimited|full|this)|free\s+trial|already\s+a\s+(?:subscriber|member)|log\s*in\s+to\s+(?:read|continue)|magazine\s+cover|out\s+now!?$|read\s+now$|continue\s+reading$|click\s+here\b|delivered\s+to\s+your\s+inbox)/i;

/**
 * Lines that open a block of teaser fragments: a magazine promo (cover, edition, teaser
 * headline, "Read Now") or a list of links to other stories ("Related", "Most Read").
 */
const BLOCK_OPENER =
  /\b(?:latest\s+(?:edition|issue)|magazine\s+cover|out\s+now!?$|in\s+this\s+issue)\b|^(?:related(?:\s+(?:articles|stories|news|coverage|topics|posts))?|more\s+(?:from|on|in)\s+.{1,40}|more\s+(?:news|stories)|most\s+(?:read|popular|viewed|shared)|popular(?:\s+(?:now|stories))?|top\s+stories|latest\s+(?:news|stories)|trending(?:\s+(?:now|stories))?|you\s+may\s+(?:also\s+)?like|recommended(?:\s+(?:for\s+you|stories))?)\s*:?$/i;

/** Photo captions and credits. */
const IMAGE_CREDIT =
  /\b(?:credits?|photo(?:graph)?s?|images?|pictures?|illustration|graphic|caption)(?:\s+(?:credit|source|courtesy))?s?\s*:\s*\S|\((?:photo|image|file\s+photo|representative\s+(?:image|photo)|representational\s+(?:image|photo))[^)]*\)\s*$|^(?:file\s+photo|representative\s+(?:image|photo)|representational\s+(?:image|photo))\b|\b(?:getty\s+images|shutterstock|ap\s+photo|afp\s+via\s+getty)\b/i;

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
/** "Last Updated:", "Published on January 13, 2026 08:45 AM IST", "Updated - 5 March 2026". */
const UPDATED = new RegExp(
  `^(?:last\\s+|first\\s+)?(?:updated|published|posted|modified)(?:\\s+(?:on|at))?\\s*(?:[:|–—-]\\s*(.*)|((?:\\d|${MONTH}\\s).*))?$`,
  'i',
);

const BREADCRUMB_SEPARATOR = /\s*[>›»|]\s*/;

export function isCommentsStart(text: string): boolean {
  return text.length <= 60 && COMMENTS.test(text);
}

export function isBlockOpener(text: string): boolean {
  return text.length <= SHORT && BLOCK_OPENER.test(text);
}

/** The date text of a "Last Updated: ..." / "Published ..." line ('' when it names none), or null. */
export function matchUpdatedLine(text: string): string | null {
  if (text.length > 90) return null;
  const match = UPDATED.exec(text);
  return match ? (match[1] ?? match[2] ?? '').trim() : null;
}

/**
 * "Home > Business > Commodities": three or more short parts between separators. A bracketed code
 * ("CORNING <GLW>, HAZLETON <HLC> SET EXCHANGE RATIO", a wire headline's tickers) is a word, not two separators.
 */
function isBreadcrumb(text: string): boolean {
  const parts = text.replace(/<[^<>]*>/g, 'code').split(BREADCRUMB_SEPARATOR);
  return (
    parts.length >= 3 &&
    text.length <= 120 &&
    parts.every((p) => p.length > 0 && p.length <= 30) &&
    !/[.?!]$/.test(text)
  );
}

/** Whether a single (trimmed, non-empty) line is clutter on its own. */
export function isClutterLine(text: string): boolean {
  if (text.length > SHORT * 1.5) return false;
  if (!/[\p{L}\p{N}]/u.test(text)) return true;
  return (
    CLUTTER_LINES.some((pattern) => pattern.test(text)) ||
    isBreadcrumb(text) ||
    matchUpdatedLine(text) !== null ||
    (text.length <= SHORT && (PROMO.test(text) || IMAGE_CREDIT.test(text)))
  );
}

/** A short teaser fragment (no sentence ending, or an exclamation) that belongs to a promo block. */
export function isPromoFragment(text: string): boolean {
  if (text.length >= 120 || /\?$/.test(text)) return false;
  return !/[.”"’']$/.test(text) || /!$/.test(text);
}
