/**
 * Content types of files that run when opened: programs, scripts, and markup a browser
 * executes. Sniffed from the bytes (content-sniffer.ts); no upload may keep one, whatever
 * its name says.
 */
export const ACTIVE_CONTENT = {
  /** Windows programs and libraries (PE), as file-type names them */
  pe: 'application/x-msdownload',
  elf: 'application/x-elf',
  machO: 'application/x-mach-binary',
  /** a `#!` script (shell, Python, …) */
  script: 'text/x-script',
  html: 'text/html',
  xhtml: 'application/xhtml+xml',
  svg: 'image/svg+xml',
} as const;
