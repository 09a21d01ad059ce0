import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Raw HTML is never Markdown here: markdown-it shows it as text, so the only HTML a notice
 * has is what Markdown itself makes. `breaks`: the clerks write notices like letters.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true });

/**
 * Schemes that run code when a link or image is opened. A letter may be split by blanks or
 * Markdown's backslash escapes, which browsers and Markdown drop again; the name must not
 * be the tail of a longer word. `data:` and `file:` are only taken for what they are where a
 * link's address begins (`](`, `]:`, `<`), so that "metadata: …" in prose stays as written.
 */
const spaced = (word: string) => word.split('').join('[\\s\\\\]*');
const SCRIPT_SCHEME = new RegExp(
  `(?<![a-z0-9+.-])(?:${['javascript', 'vbscript', 'livescript'].map(spaced).join('|')})[\\s\\\\]*:`,
  'gi',
);
const LINKED_SCHEME = new RegExp(
  `((?:\\]\\(|\\]:|<)[\\s\\\\]*<?[\\s\\\\]*)(?:${['data', 'file'].map(spaced).join('|')})[\\s\\\\]*:`,
  'gi',
);
/** What an unsafe scheme becomes: a link to a fragment of the page, which runs nothing. */
const BLOCKED = '#blocked:';

/** Strips every tag (and the text of script and style), entities decoded and escaped again. */
function withoutTags(text: string): string {
  return sanitizeHtml(text, { allowedTags: [], allowedAttributes: {} });
}

/**
 * Notice bodies as stored and served. Stored: the Markdown source with every HTML tag taken
 * out and every script-running link scheme neutralised, so that the source itself is
 * harmless in any client that renders it (not only ours). Served: the source sanitised again
 * (a row written before a rule was added gets it too) and rendered to HTML by markdown-it,
 * whose output goes through an allow-list of tags, attributes and link schemes.
 *
 * Taking tags out also takes them out of code spans (`<div>` in backticks): a notice board
 * has no need to show HTML, and its source must never hold any.
 */
export class NoticeBody {
  /** The Markdown source made harmless: no tags, no `javascript:` links. */
  static source(text: string): string {
    // sanitize-html escapes `>` in text; Markdown needs it back for quotes (`> …`). `<` and
    // `&` stay escaped: `&lt;` renders as `<`, and no tag can be formed without a bare `<`.
    const stripped = withoutTags(text).replace(/&gt;/g, '>');
    return stripped
      .replace(SCRIPT_SCHEME, BLOCKED)
      .replace(LINKED_SCHEME, `$1${BLOCKED}`)
      .trimEnd();
  }

  /** A one-line text (a title) without tags: plain text, no `<` or `>` left to open one. */
  static plain(text: string): string {
    return withoutTags(text)
      .replace(/&lt;|&gt;|[<>]/g, '')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&')
      .trim();
  }

  /** The source rendered to HTML, through the allow-list. */
  static html(source: string): string {
    return sanitizeHtml(markdown.render(NoticeBody.source(source)), HTML_RULES);
  }
}

const HTML_RULES: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'strong',
    'em',
    's',
    'blockquote',
    'ul',
    'ol',
    'li',
    'code',
    'pre',
    'a',
    'img',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    img: ['src', 'alt', 'title'],
    ol: ['start'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  // A link opens outside the CRM without handing it the page (tabnabbing) or the address.
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }),
  },
};
