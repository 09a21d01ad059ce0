import { createHash } from 'node:crypto';
import type { BenchContext } from './bench-context';
import { fixed } from './timing';

/** The document the library's figures move: a scanned manual's size. */
const DOCUMENT_MB = 20;

/** A PDF by its first bytes, `mb` long, of bytes that differ (nothing compresses it away). */
function documentBytes(mb: number): Buffer {
  const bytes = Buffer.alloc(mb * 1024 * 1024);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 2654435761) >>> 24;
  Buffer.from('%PDF-1.7\n%bench\n').copy(bytes);
  return bytes;
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
  const upload = async (body: Buffer, name: string) => {
    const form = new FormData();
    form.append('file', new Blob([body]), name);
    const response = await fetch(`${server.url}/api/documents/uploads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${manager.token}` },
      body: form,
    });
    const answer = (await response.json()) as { fileId: string; size: number };
    if (!response.ok) throw new Error(`upload: ${response.status} ${JSON.stringify(answer)}`);
    return answer;
  };
  // The code of the routes loaded once before measuring, with a small file.
  const warm = await upload(documentBytes(1), '预热.pdf');
  await manager.call('POST', '/api/documents', { fileId: warm.fileId });

  const uploadIdleMb = server.rssMb();
  const uploaded = await server.measurePeak(() => upload(bytes, '员工手册-20MB.pdf'));
  const uploadAfterMb = server.rssMb();
  if (uploaded.result.size !== bytes.length) throw new Error('upload: size differs');
  const document = await manager.call<{ id: number }>('POST', '/api/documents', {
    fileId: uploaded.result.fileId,
    title: '基准：20 MB 文档',
  });

  const downloadIdleMb = server.rssMb();
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
  const downloadAfterMb = server.rssMb();
  if (downloaded.result.size !== bytes.length || downloaded.result.digest !== digest)
    throw new Error('download: the bytes differ from those uploaded');

  const memory = (idle: number, peak: number, after: number) =>
    `server RSS idle ${fixed(idle, 0)} MB, peak ${fixed(peak, 0)} MB (+${fixed(peak - idle, 0)} MB for a ${DOCUMENT_MB} MB file), after ${fixed(after, 0)} MB`;
  const up = memory(uploadIdleMb, uploaded.peakMb, uploadAfterMb);
  const down = memory(downloadIdleMb, downloaded.peakMb, downloadAfterMb);
  report.timing(
    `document upload (${DOCUMENT_MB} MB, multipart into the file store)`,
    uploaded.ms,
    null,
    `${fixed((DOCUMENT_MB * 1000) / uploaded.ms, 1)} MB/s; ${up}`,
  );
  report.timing(
    `document download (${DOCUMENT_MB} MB, streamed, byte-exact)`,
    downloaded.ms,
    null,
    `${fixed((DOCUMENT_MB * 1000) / downloaded.ms, 1)} MB/s; ${down}`,
  );
  report.note(
    `Document library, ${DOCUMENT_MB} MB: upload ${fixed(uploaded.ms / 1000)} s (${up}); download ${fixed(downloaded.ms / 1000)} s (${down}).`,
  );
}
