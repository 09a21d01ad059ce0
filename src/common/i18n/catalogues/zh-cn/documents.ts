/** 简体中文, the document library (§1.2 l 标准文档). */
export const DOCUMENTS_ZH_CN = {
  documents: {
    entity: {
      document: '文档',
      folder: '文件夹',
      version: '文档版本',
    },
    typesText:
      'PDF、Word、Excel、PowerPoint（含旧版 .doc/.xls/.ppt 与 WPS）、OpenDocument、RTF、图片（JPEG、PNG、GIF、WebP、BMP、TIFF）或纯文本/CSV',
    uploadInvalid:
      '找不到这个上传文件：它不是您上传的、已被其他文档使用或已过期（上传后一天内有效）。请重新上传文件。',
    uploadInvalidDetail: '请使用 POST /api/documents/uploads 刚返回的 fileId',
    notYours: '只有上传者或经理可以修改、更新版本或删除这个文档。',
    folderTooDeep: '文件夹最多嵌套 {{limit}} 层，不能再在这里新建子文件夹。',
    folderNameTaken: '同一位置已有名为“{{name}}”的文件夹，请换一个名字。',
    folderNotEmpty: '文件夹中还有子文件夹或文档，请先移走或删除它们，再删除文件夹。',
    versionConflict: '有人同时上传了这个文档的新版本，请刷新后重试。',
  },
};
