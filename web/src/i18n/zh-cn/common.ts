export const common = {
  appName: '培训客户管理',
  save: '保存',
  cancel: '取消',
  confirm: '确定',
  search: '搜索',
  reset: '重置',
  edit: '编辑',
  delete: '删除',
  create: '新建',
  back: '返回',
  loading: '加载中…',
  empty: '暂无数据',
  actions: '操作',
  yes: '是',
  no: '否',
  saved: '已保存',
  language: 'English',
  customerSearch: '输入姓名、拼音、首字母或手机号后四位',
  pageSize: '每页条数',
  menu: '菜单',
};

export const errors = {
  network: '无法连接服务器，请检查网络后重试。',
  unexpected: '服务器返回了意外的结果（{status}），请稍后重试。',
  forbiddenPage: '您没有权限查看这个页面。',
  notFoundPage: '页面不存在。',
};
