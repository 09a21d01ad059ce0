import type { Catalogue } from '../../catalogue';

/** English, the customer base and its data dictionary. */
export const CUSTOMERS_EN: Pick<Catalogue, 'customers' | 'dictionary'> = {
  customers: {
    ownerOnCreateForbidden:
      'Only users who may transfer customers can create a customer for someone else: leave the owner out to follow the customer up yourself.',
    ownerChangeForbidden:
      'Changing who follows a customer up is a transfer, which only users who may transfer customers can do.',
    deletedListForbidden: 'Only managers may list deleted customers.',
    searchTooShort: 'Search by at least 4 digits of a phone number, or by a name, pinyin or code.',
    searchTooShortDetail: 'too short to search by',
    erasedAlready: 'Customer {{code}} was already erased.',
    erasedNoContact: 'Customer {{code}} was erased on request and can no longer be contacted.',
    erasedNoChange: 'This customer was erased; the record can no longer change.',
    erasedNoPhone: 'This customer was erased; there is no phone to reveal.',
    notDeleted: 'This customer is not deleted.',
    noSuchCustomer: 'Customer {{id}} does not exist.',
    noSuchCustomerDetail: 'no such customer',
    duplicateMobile: 'This mobile number already belongs to customer {{code}}.',
    ownerNotActive: 'User {{id}} cannot follow customers up: no such active account.',
    ownerNotActiveDetail: 'must be an active staff account',
    selfIntroducer: 'A customer cannot introduce themselves.',
    selfIntroducerDetail: 'is the customer itself',
    introducerCycle:
      'This introducer was (indirectly) introduced by this customer: that would make a circle.',
    introducerCycleDetail: 'would make a cycle of introducers',
    quotaExceeded:
      'You have read your {{limit}} customer records for today; the account is now frozen. A clerk or manager can unfreeze it.',
    quotaFrozenReason: 'daily view quota of {{limit}} exceeded on {{day}}',
    transfer: {
      sameOwner: 'The new owner is the same as the old one.',
      sameOwnerDetail: 'must differ from fromOwnerId',
      inactiveTarget: 'Customers can only be moved to an active account.',
      inactiveTargetDetail: 'account is {{status}}',
      notOwned: 'These customers are not (or no longer) followed up by user {{owner}}: {{ids}}.',
      notOwnedDetail: '{{id}} is not a customer of fromOwnerId',
    },
    input: {
      birthday: 'must be a real date between 1900-01-01 and today',
      mobile: 'must be an 11-digit mainland mobile number, e.g. 138 1234 5678',
      otherPhones: 'each other phone must have 6 to 20 digits',
      unknownCode: 'unknown {{type}} code {{code}}: choose one of GET /api/dictionary/{{type}}',
      unknownHoliday: 'unknown holiday code {{code}}',
      unknownProvince: 'unknown province code {{code}}: see GET /api/regions',
      cityNotInProvince:
        'city {{city}} is not a city of province {{province}}: see GET /api/regions',
      noProvince: '(none)',
    },
    upload: {
      missingFile: 'Attach the spreadsheet as the multipart field "file".',
      missingFileDetail: 'missing',
      notSpreadsheet:
        '"{{name}}" is not a spreadsheet this import reads: upload the template filled in (.xlsx) or a CSV file (UTF-8).',
      tooLarge:
        'The file is larger than {{limit}} MB: split it and import the parts one after another.',
      unreadable: 'The upload could not be read: send one file as the multipart field "file".',
      unreadableDetail: 'unreadable upload',
    },
    sheet: {
      notXlsx:
        'This file is not a valid .xlsx workbook (an old .xls renamed?). Save it as "Excel Workbook (*.xlsx)" and upload again.',
      notCsv:
        'This file is not a CSV text file. Upload the template filled in (.xlsx), or a CSV saved as "CSV UTF-8".',
      typeMismatchDetail: 'content does not match the file type',
      xlsxUnreadable:
        'The workbook could not be read: it may be damaged or protected by a password. Save it again as .xlsx and upload it.',
      csvUnreadable:
        'The CSV could not be read: check that its quotes are balanced and that no row is unusually long.',
      unreadableDetail: 'unreadable',
      notUtf8:
        'The CSV is not UTF-8 text. In Excel choose "Save as" → "CSV UTF-8 (comma delimited)", or upload the .xlsx.',
      notUtf8Detail: 'not UTF-8',
    },
    import: {
      header:
        'The first row must hold the column titles of the template ({{problems}}). Download GET /api/customers/import/template.',
      missingColumns: 'required columns missing: {{titles}}',
      unknownColumns: 'unknown columns: {{titles}}',
      repeatedColumns: 'columns given twice: {{titles}}',
      missingColumnDetail: 'required column missing',
      unknownColumnDetail: 'unknown column',
      repeatedColumnDetail: 'column appears twice',
      empty: 'The file is empty: fill in the template below its title row.',
      emptyDetail: 'no rows',
      unreadableAfterRows:
        '{{reason}} The {{valid}} good rows before the damaged part were imported; when the repaired file is imported again they will be reported as already in the base.',
      unreadableAfterRowsDetail: 'unreadable after some rows',
      rejectedFile: 'file of rejected rows (kept for a day)',
      unknownChoice: 'unknown value "{{text}}": use one of {{choices}}',
      required: 'is required',
      repeatedInFile: 'the same number is on row {{row}} of this file',
      mobileTaken: 'this number already belongs to customer {{code}}',
      ownerUnknown:
        'no active user has the user name "{{userName}}": give the login of a colleague, or leave it empty to own the customer yourself',
      reason: '{{title}}: {{messages}}',
    },
  },
  dictionary: {
    codeTaken:
      'The {{typeName}} code "{{code}}" already exists as "{{label}}". Choose another code.',
    codeTakenInactive:
      'The {{typeName}} code "{{code}}" already exists as "{{label}}" (inactive: reactivate it instead).',
    unknownCode:
      '"{{code}}" is not a valid {{typeName}} code: choose one of GET /api/dictionary/{{type}}.',
    unknownCodeDetail: 'unknown code {{code}}',
    entry: '{{typeName}} entry',
    types: {
      industry: 'industry',
      position: 'position',
      company_size: 'company size',
      education: 'education',
      source: 'source',
      customer_status: 'customer status',
      customer_level: 'customer level',
      dropout_reason: 'dropout reason',
      payment_method: 'payment method',
      interaction_channel: 'interaction channel',
      holiday: 'holiday',
      coach_level: 'coach level',
    },
  },
};
