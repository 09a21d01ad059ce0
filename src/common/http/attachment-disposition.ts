/**
 * A Content-Disposition for a download named `name`, Chinese included: `filename*` in UTF-8
 * (RFC 5987/6266) for browsers, and `filename` with an ASCII stand-in for older clients (the
 * quoted form cannot carry other characters safely).
 */
export function attachmentDisposition(name: string, asciiFallback: string): string {
  const ascii = asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
