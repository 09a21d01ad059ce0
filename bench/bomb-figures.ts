import {
  SHEET_HEAD,
  SHEET_TAIL,
  STRINGS_HEAD,
  STRINGS_TAIL,
  workbook,
} from '../test/support/xlsx-bomb';
import type { BenchContext } from './bench-context';
import { fixed } from './timing';

const MB = 1024 * 1024;

/**
 * Decompression bombs: small files that would inflate to hundreds of megabytes. Each must be
 * refused (4xx) while the server stays within the import's memory budget.
 */
export async function measureUploadBombs(ctx: BenchContext): Promise<void> {
  const { server, manager } = ctx;
  const title =
    '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名*</t></is></c><c r="B1" t="inlineStr"><is><t>手机*</t></is></c></row>';
  const sheet = `${SHEET_HEAD}${title}<row r="2"><c r="A2" t="s"><v>0</v></c></row>${SHEET_TAIL}`;
  const strings = {
    head: STRINGS_HEAD,
    unit: `<si><t>${'A'.repeat(1000)}</t></si>`.repeat(1000),
    times: 450,
    tail: STRINGS_TAIL,
  };
  const cell = {
    head: `${SHEET_HEAD}${title}<row r="2"><c r="A2" t="inlineStr"><is><t>`,
    unit: 'A'.repeat(MB),
    times: 300,
    tail: `</t></is></c></row>${SHEET_TAIL}`,
  };
  const bombs: [string, Buffer][] = [
    ['450 MB of shared strings', workbook(sheet, strings)],
    [
      '450 MB of shared strings, sizes lied about',
      workbook(sheet, strings, { sharedStrings: 2000 }),
    ],
    ['one 300 MB cell, size lied about', workbook(cell, undefined, { sheet: 5000 })],
  ];
  for (const [what, file] of bombs) {
    const idleMb = server.rssMb();
    const refused = await server.measurePeak(async () => {
      const form = new FormData();
      form.append('file', new Blob([file]), 'bomb.xlsx');
      const response = await fetch(`${server.url}/api/customers/import?dryRun=true`, {
        method: 'POST',
        headers: { authorization: `Bearer ${manager.token}` },
        body: form,
      });
      const body = (await response.json()) as { code?: string };
      return `${response.status} ${body.code ?? ''}`;
    });
    ctx.report.timing(
      `upload bomb: ${what} (${fixed(file.length / MB, 1)} MB file)`,
      refused.ms,
      null,
      `answered ${refused.result}; server peak ${fixed(refused.peakMb, 0)} MB (idle ${fixed(idleMb, 0)} MB)`,
    );
  }
}
