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

const SHARE =
  /^(?:share(?:\s+(?:this|the))?(?:\s+(?:article|story|post|page|link))?|share\s+(?:on|via)\s+\w+|tweet|e-?mail|print|copy\s+link|whatsapp|facebook|twitter|linkedin|telegram|reddit)\s*:?$/i;

const READING_TIME = /^\d+\s*(?:-\s*\d+\s*)?(?:min|mins|minute|minutes)\s+(?:read|listen)$/i;

const NAVIGATION =
  /^(?:home|menu|search|skip\s+to\s+(?:main\s+)?content|back\s+to\s+top|(?:next|previous|prev)\s+(?:article|story|post)|trending(?:\s+now)?|tags?\s*:.*|topics?\s*:.*|(?:also|must)\s+read\b.*|read\s+(?:more|next)\b.*|related\s+(?:articles|stories|news|coverage|topics)\s*:?|you\s+may\s+(?:also\s+)?like|recommended(?:\s+for\s+you)?|(?:advertisement|sponsored(?:\s+content)?|ad)|follow\s+us(?:\s+on\s+.{1,40})?|(?:download|get)\s+(?:the|our)\s+app\b.*|listen\s+to\s+(?:this\s+)?(?:article|story)|(?:watch|video|photos?|gallery|listen)\s*[:|].*|(?:view|photo)\s+gallery|edited\s+by\s*:.*|(?:©|copyright\b).*|.*\ball\s+rights\s+reserved\.?)$/i;

const PROMO =
  /\b(?:sign\s+up\s+(?:for|to|now|today)|subscribe\s+(?:now|today|to\s+(?:our|the))|(?:our|the)\s+newsletter|ad-free|uninterrupted\s+access|premium\s+(?:content|access|subscription|member)|unlock\s+(?:unlimited|full|this)|free\s+trial|already\s+a\s+(?:subscriber|member)|log\s*in\s+to\s+(?:read|continue)|latest\s+(?:edition|issue)|magazine\s+cover|out\s+now!?$|read\s+now$|continue\s+reading$|click\s+here\b|delivered\s+to\s+your\s+inbox|has\s+not\s+been\s+edited\s+by\b.*\bstaff|auto-generated\s+from\s+a\s+syndicated\s+feed)/i;

/** Promo lines that open a block of teaser fragments (cover, edition, teaser headline, "Read Now"). */
const PROMO_BLOCK = /\b(?:latest\s+(?:edition|issue)|magazine\s+cover|out\s+now!?$|in\s+this\s+issue)\b/i;

const ISSUE_LINE = /\bvol(?:ume)?\.?\s*\d+\s*[|,·-]\s*(?:issue|no\.?)\s*\d+/i;

const IMAGE_CREDIT =
  /(?:\b(?:credits?|photo(?:graph)?s?|images?|pictures?|illustration|graphic|caption)\s*(?:credit)?\s*:\s*\S|\((?:photo|image|file\s+photo|representational\s+(?:image|photo))[^)]*\)\s*$|^(?:file\s+photo|representational\s+(?:image|photo))\b|\b(?:getty\s+images|shutterstock|ap\s+photo|afp\s+via\s+getty)\b)/i;

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const UPDATED = new RegExp(
  `^(?:last\\s+|first\\s+)?(?:updated|published|posted|modified)(?:\\s+(?:on|at))?\\s*(?:[:|–—-]\\s*(.*)|((?:\\d|${MONTH}\\s).*))?$`,
  'i',
);

const BREADCRUMB_SEPARATOR = /\s*[>›»|]\s*/;

export function isCommentsStart(text: string): boolean {
  return text.length <= 60 && COMMENTS.test(text);
}

export function isPromoBlockStart(text: string): boolean {
  return text.length <= SHORT && PROMO_BLOCK.test(text);
}

/** The date text of a "Last Updated: ..." / "Published ..." line ('' when it names none), or null. */
export function matchUpdatedLine(text: string): string | null {
  if (text.length > 90) return null;
  const match = UPDATED.exec(text);
  return match ? (match[1] ?? match[2] ?? '').trim() : null;
}

function isBreadcrumb(text: string): boolean {
  const parts = text.split(BREADCRUMB_SEPARATOR);
  return parts.length >= 3 && text.length <= 120 && parts.every((p) => p.length > 0 && p.length <= 30) && !/[.?!]$/.test(text);
}

/** Whether a single (trimmed, non-empty) line is clutter on its own. */
export function isClutterLine(text: string): boolean {
  if (text.length > SHORT * 1.5) return false;
  if (!/[\p{L}\p{N}]/u.test(text)) return true;
  return (
    SHARE.test(text) ||
    READING_TIME.test(text) ||
    NAVIGATION.test(text) ||
    ISSUE_LINE.test(text) ||
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
