import { constants, crc32, deflateRawSync } from 'node:zlib';

/** Content written as head + `unit` repeated `times` + tail, without ever holding it inflated. */
export interface Repeated {
  head: string;
  unit: string;
  times: number;
  tail: string;
}

export interface ZipPart {
  name: string;
  content: string | Repeated;
  /** the inflated size the zip's headers claim, when it should lie */
  declaredSize?: number;
}

/**
 * Raw deflate of `text` that ends on a byte boundary without closing the stream, with no
 * reference to what came before: such pieces may be concatenated and repeated at will.
 */
const piece = (text: string) =>
  deflateRawSync(Buffer.from(text, 'utf8'), { finishFlush: constants.Z_FULL_FLUSH, level: 9 });

function compress(content: string | Repeated): { data: Buffer; size: number; crc: number } {
  if (typeof content === 'string') {
    const raw = Buffer.from(content, 'utf8');
    return { data: deflateRawSync(raw), size: raw.length, crc: crc32(raw) };
  }
  const unit = piece(content.unit);
  const data = Buffer.concat([
    piece(content.head),
    ...Array.from({ length: content.times }, () => unit),
    deflateRawSync(Buffer.from(content.tail, 'utf8')),
  ]);
  const size =
    Buffer.byteLength(content.head) +
    Buffer.byteLength(content.unit) * content.times +
    Buffer.byteLength(content.tail);
  // Readers of workbooks (exceljs, unzipper) do not check it; computing it would mean inflating.
  return { data, size, crc: 0 };
}

/** A zip of these parts, deflated, as a spreadsheet program writes one (sizes in the local headers). */
export function zip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const { data, size, crc } = compress(part.content);
    const declared = part.declaredSize ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * An .xlsx whose first sheet and shared strings are given: the frame a spreadsheet program
 * writes around them, so that a reader without limits would read the whole of them.
 */
export function workbook(
  sheet: string | Repeated,
  sharedStrings?: string | Repeated,
  declared: { sheet?: number; sharedStrings?: number } = {},
): Buffer {
  const parts: ZipPart[] = [
    {
      name: '[Content_Types].xml',
      content: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      content: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      content: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="客户" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    },
  ];
  // The shared strings first, as Excel writes them, so that the sheet is read as it streams by.
  if (sharedStrings !== undefined)
    parts.push({
      name: 'xl/sharedStrings.xml',
      content: sharedStrings,
      declaredSize: declared.sharedStrings,
    });
  parts.push({ name: 'xl/worksheets/sheet1.xml', content: sheet, declaredSize: declared.sheet });
  return zip(parts);
}

/** The XML around a worksheet's rows and around a shared-strings table. */
export const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData>`;
export const SHEET_TAIL = '</sheetData></worksheet>';
export const STRINGS_HEAD = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}">`;
export const STRINGS_TAIL = '</sst>';
