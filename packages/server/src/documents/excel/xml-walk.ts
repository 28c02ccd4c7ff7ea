import { UnsupportedWorkbookError } from './zip-archive.ts';

/**
 * A small XML walker for the fast sheet reader: start tags, end tags and text, reported as an
 * XML parser (saxes, under exceljs) reports them — entities resolved, line ends normalised,
 * comments and processing instructions skipped. It checks that tags nest; anything it does not
 * handle (CDATA, a DOCTYPE, an unknown entity, a stray `<`) raises `UnsupportedWorkbookError`, and
 * the file goes to exceljs instead.
 */

const unsupported = (why: string) => new UnsupportedWorkbookError(`xml: ${why}`);

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function resolveEntities(text: string): string {
  return text.replace(/&([^;&<]*)(;?)/g, (_m, name: string, semicolon: string) => {
    if (!semicolon) throw unsupported('bare &');
    const named = NAMED[name];
    if (named !== undefined) return named;
    const code = /^#x[0-9a-fA-F]+$/.test(name)
      ? Number.parseInt(name.slice(2), 16)
      : /^#[0-9]+$/.test(name)
        ? Number.parseInt(name.slice(1), 10)
        : -1;
    if (code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw unsupported('entity');
    return String.fromCodePoint(code);
  });
}

/** Character data as the parser reports it. */
export function decodeText(raw: string): string {
  const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  return text.includes('&') ? resolveEntities(text) : text;
}

/** An attribute value as the parser reports it: literal white space becomes a space. */
export function decodeAttribute(raw: string): string {
  const text = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n?/g, '\n').replace(/[\t\n]/g, ' ') : raw;
  return text.includes('&') ? resolveEntities(text) : text;
}

/** Attributes of a start tag, given the text between its name and its `>` or `/>`. */
export function attributesOf(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const pattern = /\s*([^\s=/>]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
  let at = 0;
  while (at < text.length) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) {
      if (text.slice(at).trim() === '') break;
      throw unsupported('attribute');
    }
    attributes[match[1] as string] = decodeAttribute(match[2] ?? match[3] ?? '');
    at = pattern.lastIndex;
  }
  return attributes;
}

export type XmlHandler = {
  /** `attributes` is the raw text between the name and the end of the tag; see `attributesOf`. */
  open(name: string, attributes: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw character data between two tags; see `decodeText`. */
  text(raw: string): void;
};

const isNameEnd = (code: number) => code === 32 || code === 47 || code === 62 || (code >= 9 && code <= 13);

/** Walks a document fed in pieces that each end between two tags; open elements carry over. */
export class XmlWalker {
  private readonly open: string[] = [];
  constructor(private readonly handler: XmlHandler) {}

  /** Elements still open. */
  get depth() {
    return this.open.length;
  }

  /** The innermost open element. */
  get current(): string | undefined {
    return this.open.at(-1);
  }

  walk(xml: string): void {
    let at = 0;
    while (at < xml.length) at = this.step(xml, at);
  }

  /** Reads the text or tag at `at`; returns where the next one starts. */
  step(xml: string, at: number): number {
    const lt = xml.indexOf('<', at);
    if (lt < 0) {
      this.handler.text(xml.slice(at));
      return xml.length;
    }
    if (lt > at) {
      this.handler.text(xml.slice(at, lt));
      return lt;
    }
    return this.tag(xml, lt, this.handler);
  }

  /** Reads the tag at `lt`; returns where the next token starts. */
  private tag(xml: string, lt: number, h: XmlHandler): number {
    const next = xml.charCodeAt(lt + 1);
    if (next === 63 /* ? */) return this.skipPast(xml, lt, '?>');
    if (next === 33 /* ! */) {
      if (!xml.startsWith('<!--', lt)) throw unsupported('CDATA or DOCTYPE');
      return this.skipPast(xml, lt, '-->');
    }
    if (next === 47 /* / */) {
      const gt = xml.indexOf('>', lt);
      if (gt < 0) throw unsupported('unclosed end tag');
      const name = xml.slice(lt + 2, gt).trimEnd();
      if (this.open.pop() !== name) throw unsupported('tags do not nest');
      h.close(name);
      return gt + 1;
    }
    let nameEnd = lt + 1;
    while (nameEnd < xml.length && !isNameEnd(xml.charCodeAt(nameEnd))) nameEnd++;
    const name = xml.slice(lt + 1, nameEnd);
    if (name === '' || name.includes('<')) throw unsupported('tag name');
    // The end of the tag is the first `>` outside a quoted attribute value.
    let at = nameEnd;
    for (;;) {
      const code = xml.charCodeAt(at);
      if (Number.isNaN(code)) throw unsupported('unclosed tag');
      if (code === 62 /* > */) break;
      if (code === 34 || code === 39) {
        const close = xml.indexOf(code === 34 ? '"' : "'", at + 1);
        if (close < 0) throw unsupported('unclosed attribute');
        at = close + 1;
      } else at++;
    }
    const selfClosing = xml.charCodeAt(at - 1) === 47;
    h.open(name, xml.slice(nameEnd, selfClosing ? at - 1 : at), selfClosing);
    if (selfClosing) h.close(name);
    else this.open.push(name);
    return at + 1;
  }

  private skipPast(xml: string, from: number, end: string): number {
    const at = xml.indexOf(end, from);
    if (at < 0) throw unsupported('unclosed comment or instruction');
    return at + end.length;
  }
}
