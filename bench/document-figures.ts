import { createHash } from 'node:crypto';
import type { BenchContext } from './bench-context';
import { fixed } from './timing';

/** The document the library's figures move: a scanned manual's size. */
const DOCUMENT_MB = 20;
/** Uploads, then downloads, of it in a row. */
const ROUNDS = 3;

/** A PDF by its first bytes, `mb` long, of bytes that differ (nothing compresses it away). */
function documentBytes(mb: number): Buffer {
  const bytes = Buffer.alloc(mb * 1024 * 1024);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 2654435761) >>> 24;
  Buffer.from('%PDF-1.7\n%bench\n').copy(bytes);
  return bytes;
}

/** Uploads `body` as `name` to the library as the manager: the upload's answer. */
async function uploadDocument(ctx: BenchContext, body: Buffer, name: string) {
  const form = new FormData();
  form.append('file', new Blob([body]), name);
  const response = await fetch(`${ctx.server.url}/api/documents/uploads`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ctx.manager.token}` },
    body: form,
  });
  const answer = (await response.json()) as { fileId: string; size: number };
  if (!response.ok) throw new Error(`upload: ${response.status} ${JSON.stringify(answer)}`);
  return answer;
}

/**
 * The first upload of `mb` MB in a fresh server process (after a 1 MB one): its peak RSS over
 * idle. A buffered upload would grow with the file; a streamed one the same for any size.
 */
async function firstUploadGrowthMb(ctx: BenchContext, mb: number): Promise<number> {
  await ctx.restart();
  await uploadDocument(ctx, documentBytes(1), '预热.pdf');
  const idle = ctx.server.rssMb();
  const measured = await ctx.server.measurePeak(() =>
    uploadDocument(ctx, documentBytes(mb), `大文件-${mb}MB.pdf`),
  );
  return measured.peakMb - idle;
}

/**
 * A 20 MB document uploaded to the library and downloaded again, in a fresh server process:
 * the time of each, and the server's resident memory idle, at its peak and after. Both are
 * streamed (the store takes and gives 256 KB chunks), so the peak should grow by a few MB,
 * well under the file's size. The server's heap is inside its RSS (the bench sees only the
 * process from outside).
 */
export async function measureDocuments(ctx: BenchContext): Promise<void> {
  await ctx.restart();
  const { server, manager, report } = ctx;
  const bytes = documentBytes(DOCUMENT_MB);
  const digest = createHash('sha256').update(bytes).digest('hex');
  const upload = (body: Buffer, name: string) => uploadDocument(ctx, body, name);
  // The code of the routes loaded once before measuring, with a small file.
  const warm = await upload(documentBytes(1), '预热.pdf');
  await manager.call('POST', '/api/documents', { fileId: warm.fileId });

  // Rounds after the first show whether memory follows the bytes moved or stays flat: freed
  // chunks are collected lazily, so a first round's peak holds garbage not yet swept.
  const uploadIdleMb = server.rssMb();
  const uploads: { ms: number; peakMb: number; result: { fileId: string; size: number } }[] = [];
  for (let round = 0; round < ROUNDS; round += 1)
    uploads.push(await server.measurePeak(() => upload(bytes, `员工手册-20MB-${round + 1}.pdf`)));
  const uploadAfterMb = server.rssMb();
  if (uploads.some((u) => u.result.size !== bytes.length)) throw new Error('upload: size differs');
  const document = await manager.call<{ id: number }>('POST', '/api/documents', {
    fileId: uploads[0].result.fileId,
    title: '基准：20 MB 文档',
  });

  const downloadIdleMb = server.rssMb();
  const downloads: { ms: number; peakMb: number }[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const downloaded = await server.measurePeak(async () => {
      const response = await fetch(`${server.url}/api/documents/${document.id}/download`, {
        headers: { authorization: `Bearer ${manager.token}` },
      });
      if (!response.ok || !response.body) throw new Error(`download: ${response.status}`);
      const hash = createHash('sha256');
      let size = 0;
      for await (const chunk of response.body) {
        size += (chunk as Uint8Array).length;
        hash.update(chunk as Uint8Array);
      }
      return { size, digest: hash.digest('hex') };
    });
    if (downloaded.result.size !== bytes.length || downloaded.result.digest !== digest)
      throw new Error('download: the bytes differ from those uploaded');
    downloads.push(downloaded);
  }
  const downloadAfterMb = server.rssMb();

  const memory = (idle: number, rounds: { peakMb: number }[], after: number) =>
    `server RSS idle ${fixed(idle, 0)} MB, peak per round ${rounds.map((r) => `${fixed(r.peakMb, 0)} (+${fixed(r.peakMb - idle, 0)})`).join(', ')} MB, after ${fixed(after, 0)} MB`;
  const up = memory(uploadIdleMb, uploads, uploadAfterMb);
  const down = memory(downloadIdleMb, downloads, downloadAfterMb);
  const median = (rounds: { ms: number }[]) =>
    [...rounds].sort((x, y) => x.ms - y.ms)[Math.floor(rounds.length / 2)].ms;
  report.timing(
    `document upload (${DOCUMENT_MB} MB, multipart into the file store), median of ${ROUNDS}`,
    median(uploads),
    null,
    `${fixed((DOCUMENT_MB * 1000) / median(uploads), 1)} MB/s; ${up}`,
  );
  report.timing(
    `document download (${DOCUMENT_MB} MB, streamed, byte-exact), median of ${ROUNDS}`,
    median(downloads),
    null,
    `${fixed((DOCUMENT_MB * 1000) / median(downloads), 1)} MB/s; ${down}`,
  );
  // Growth that does not follow the size is the process's own (V8's young generation grows to
  // its configured size under allocation), not the file held.
  const largerMb = 2 * DOCUMENT_MB;
  const larger = await firstUploadGrowthMb(ctx, largerMb);
  report.note(
    `Document library, first upload in a fresh server: ${DOCUMENT_MB} MB +${fixed(uploads[0].peakMb - uploadIdleMb, 0)} MB RSS, ${largerMb} MB +${fixed(larger, 0)} MB RSS.`,
  );
  report.note(
    `Document library, ${DOCUMENT_MB} MB × ${ROUNDS}: upload ${fixed(median(uploads) / 1000)} s (${up}); download ${fixed(median(downloads) / 1000)} s (${down}).`,
  );
}
