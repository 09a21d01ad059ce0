/**
 * The error codes the platform itself can answer with on any route, by status: the guard,
 * the validation pipe, the request parser and the exception filter. The document lists them
 * on every operation the status applies to, next to the codes the operation's own service
 * declares with `@ApiDoc({ errors })`.
 */
export const PLATFORM_ERROR_CODES: Readonly<Record<number, readonly string[]>> = {
  // BODY_TOO_DEEP and INVALID_TEXT: the input guard (src/common/http/input-guard.ts), on any
  // body or query. BAD_URL: a malformed %-escape in the path (Fastify's router finds it, and
  // src/common/errors/framework-fault.ts answers it).
  400: [
    'VALIDATION_FAILED',
    'INVALID_JSON',
    'BAD_URL',
    'BAD_BODY',
    'BAD_REQUEST',
    'BODY_TOO_DEEP',
    'INVALID_TEXT',
  ],
  401: [
    'UNAUTHENTICATED',
    'TOKEN_EXPIRED',
    'TOKEN_INVALID',
    'SESSION_EXPIRED',
    'SESSION_INVALID',
    'SESSION_REVOKED',
    'ACCOUNT_DISABLED',
    'ACCOUNT_FROZEN',
  ],
  // FORBIDDEN (a permission), PASSWORD_CHANGE_REQUIRED and TWO_FACTOR_SETUP_REQUIRED (a sign-in
  // not yet complete) are added per route, from its policy: see error-responses.ts.
  403: [],
  404: ['NOT_FOUND'],
  409: ['STALE_VERSION', 'DUPLICATE'],
  413: ['BODY_TOO_LARGE', 'PAYLOAD_TOO_LARGE'],
  // A path parameter over the router's length limit (framework-fault.ts).
  414: ['PATH_TOO_LONG'],
  415: ['UNSUPPORTED_MEDIA_TYPE'],
  422: [],
  423: [],
  429: [],
  503: ['DATABASE_UNAVAILABLE', 'DATABASE_BUSY', 'UNAVAILABLE'],
};

/** What each error status means, in the document's words (Chinese first, as the messages). */
export const ERROR_STATUS_DESCRIPTIONS: Readonly<Record<number, string>> = {
  400: '请求有误：字段校验失败或输入无法读取（details 按字段列出原因）',
  401: '未登录或会话已失效',
  403: '无此操作的权限',
  404: '记录不存在（或无权查看）',
  409: '冲突：版本已过期（请重新读取后再改）或与现有数据重复',
  413: '请求体或文件过大',
  414: '路径参数过长',
  415: '不支持的内容类型',
  422: '请求格式正确，但违反业务规则',
  423: '账号已锁定',
  429: '请求过于频繁',
  503: '数据库暂不可用或繁忙，请按 Retry-After 稍后重试',
};
