/** 简体中文, files: spreadsheets read and written, the file store, backups. */
export const FILES_ZH_CN = {
  spreadsheet: {
    tooLargeUncompressed:
      '工作簿打开后超过 {{limit}} MB（{{what}}）。请拆成几个较小的文件，或只把客户工作表另存为新的 .xlsx 文件。',
    tooCompressed:
      '工作簿中的部分“{{entry}}”打开后膨胀超过 {{ratio}} 倍，正常的客户表格不会这样。请重新另存为 .xlsx 后再上传。',
    sheetTooLarge: '表格中的{{what}}超过 {{limit}}。请拆成行数更少的几个文件，依次导入。',
    cellTooLong:
      '有单元格超过 {{limit}} 个字符，比任何客户字段都长。请缩短（备注最多 2,000 个字符）后重新上传。',
    rowTooLong:
      'CSV 中有一行超过 {{limit}} KB（常见原因是引号没有闭合）。请检查文件中的引号后重新上传。',
    malformed:
      '无法安全地读取这个工作簿（{{what}}）。请用 Excel 或 WPS 打开，另存为 .xlsx 后上传新文件。',
    detailExpands: '打开后太大',
    detailCompression: '压缩比过高',
    detailTooMany: '{{what}}超过 {{limit}}',
    detailCell: '单元格太长',
    detailRow: '行太长',
    detailStructure: '工作簿结构异常',
    what: {
      allParts: '所有部分合计',
      part: '其中的部分 {{path}}',
      rows: '行数',
      columns: '列数',
      sharedStrings: '共享字符串数',
      sharedStringChars: '共享字符串的字符数',
      unusualTag: '有长度异常的标签',
      doctype: '含有文档类型声明',
      missingPart: '有 zip 目录中没有列出的部分',
      damagedZip: 'zip 文件已损坏',
      damagedDirectory: 'zip 目录已损坏',
      tooManyParts: '超过 {{limit}} 个部分',
      duplicatePart: '有重复存放的部分',
    },
  },
  backups: {
    nativeTools:
      '当前数据库（{{database}}）请用它自带的工具备份和恢复：{{tools}}。本系统只为内置的 SQLite 数据库做在线备份。',
  },
  files: {
    missingFile: '请把文件作为 multipart 字段“file”上传。',
    missingFileDetail: '缺少文件',
    unreadable: '无法读取上传的内容：请把一个文件作为 multipart 字段“file”发送。',
    unreadableDetail: '无法读取上传内容',
    notAllowedType: '只接受 {{types}} 文件（按文件内容判断，这个文件是 {{found}}）。',
    activeContent:
      '出于安全原因不能上传可执行程序、脚本或网页（按文件内容判断，这个文件是 {{found}}），无论文件叫什么名字。请转换为 PDF 等文档格式后上传。',
    nameMismatch:
      '文件名“{{name}}”与文件内容（{{found}}）不符。请使用与内容相符的扩展名后重新上传。',
    tooLarge: '文件超过 {{limit}} MB，无法保存：请拆分成较小的文件。',
  },
};
