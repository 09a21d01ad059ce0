import { DocumentName } from './document-name';

describe('DocumentName', () => {
  it('lets a name through only with an ending of the type its bytes are', () => {
    expect(DocumentName.fits('员工手册.PDF', 'application/pdf')).toBe(true);
    expect(DocumentName.fits('旧表格.xls', 'application/x-cfb')).toBe(true);
    expect(DocumentName.fits('清单.csv', 'text/plain')).toBe(true);
    expect(DocumentName.fits('setup.exe', 'application/pdf')).toBe(false);
    expect(DocumentName.fits('installer.msi', 'application/x-cfb')).toBe(false);
    expect(DocumentName.fits('报告', 'application/pdf')).toBe(false);
    expect(DocumentName.fits('notes.txt', 'application/zip')).toBe(false);
  });

  it('offers an ASCII stand-in that keeps the ending', () => {
    expect(DocumentName.asciiFallback('2026 员工手册.PDF', 7, 3)).toBe('document-7-v3.pdf');
    expect(DocumentName.asciiFallback('说明', 7, 1)).toBe('document-7-v1');
  });
});
