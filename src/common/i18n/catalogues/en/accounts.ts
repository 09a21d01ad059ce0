import type { Catalogue } from '../../catalogue';

/** English, accounts: access, sign-in, users, notifications and SMS. */
export const ACCOUNTS_EN: Pick<Catalogue, 'access' | 'auth' | 'users' | 'sms' | 'notifications'> = {
  access: {
    passwordChangeRequired:
      'Change your password before doing anything else (POST /api/auth/password).',
    twoFactorSetupRequired:
      'Your role requires two-factor sign-in: set it up first (POST /api/auth/2fa/setup, then /api/auth/2fa/enable).',
  },
  auth: {
    badCredentials: 'The user name or password is wrong.',
    accountFrozen: 'This account is frozen. Ask a clerk, manager or administrator to unfreeze it.',
    accountDisabled: 'This account is disabled.',
    locked:
      'Too many failed sign-ins: this account is locked until {{until}} ({{zone}}). Try again later or ask an administrator.',
    tokenInvalid: 'This access token is not valid: sign in again.',
    tokenExpired:
      'Your access token has expired: refresh it (POST /api/auth/refresh) or sign in again.',
    currentPasswordWrong: 'The current password is wrong.',
    currentPasswordWrongDetail: 'is wrong',
    twoFactorAlreadyOn: 'Two-factor sign-in is already on for this account.',
    twoFactorNotStarted: 'Start with POST /api/auth/2fa/setup, then confirm with a code.',
    codeWrong: 'The code is wrong or too old: enter the code the app shows now.',
    codeWrongDetail: 'does not match',
    otpRequired: 'Enter the 6-digit code from your authenticator app (field otp).',
    otpWrong: 'The one-time code is wrong or was already used.',
    sessionInvalid: 'This session is not known: sign in again.',
    sessionRevoked: 'This session has ended (signed out or revoked): sign in again.',
    sessionExpired: 'This session has expired: sign in again.',
    refreshInvalid: 'This refresh token is not valid: sign in again.',
    refreshReused:
      'This refresh token was already used, so the session was ended for safety: sign in again.',
  },
  users: {
    usernameTaken: 'The user name "{{username}}" is taken. Choose another one.',
    selfRoleChange: 'You cannot change your own role.',
    selfPermissionChange: 'You cannot change your own permissions.',
    selfFreeze: 'You cannot freeze your own account.',
    selfDisable: 'You cannot disable your own account.',
    smsNeedsMobile: "SMS reminders need a mobile number: set the account's mobile first.",
    smsNeedsMobileDetail: 'the account has no mobile number',
    notGrantable: 'These permissions belong to a role and cannot be granted to one user: {{keys}}.',
    notGrantableDetail: '{{key}} is not grantable',
    grantedAndDenied: 'A permission cannot be granted and denied at once: {{keys}}.',
    grantedAndDeniedDetail: '{{key}} is also granted',
    onlyActiveFreezable: 'Only an active account can be frozen; this one is {{status}}.',
    notFrozen: 'This account is not frozen; it is {{status}}.',
    alreadyDisabled: 'This account is already disabled.',
    notDisabled: 'This account is not disabled; it is {{status}}.',
    lastAdmin: 'At least one active administrator must remain.',
    samePassword: 'The new password must differ from the current one.',
    samePasswordDetail: 'must differ from the current password',
    status: {
      active: 'active',
      frozen: 'frozen',
      disabled: 'disabled',
    },
    password: {
      notAllowed: 'The password is not allowed: it {{problems}}.',
      tooShort: 'must be at least {{min}} characters long',
      tooLong: 'must be at most {{max}} characters long',
      containsUsername: 'must not contain the user name',
      oneCharacter: 'must not be one character repeated',
    },
  },
  sms: {
    notRetriable: 'Only a failed message can be retried; this one is {{status}}.',
    recipientErased: 'The recipient of this message was erased: it cannot be sent.',
    changedMeanwhile: 'This message was changed meanwhile. Reload and try again.',
    invalid: 'The SMS cannot be queued: {{problems}}.',
    badPurpose: 'purpose must be kebab-case, at most 32 characters',
    badPhone: 'phone {{phone}} is not a number a message can go to',
    badBody: 'body must have 1 to {{max}} characters',
    badDedupeKey: 'dedupeKey must have 1 to 128 characters',
    badRecipient: 'the recipient needs a valid id',
  },
  notifications: {
    customer: '{{name}} ({{code}})',
    empty: '',
    unknownKind: 'Notification ({{kind}})',
    unknownCustomer: '(customer not available)',
    missingPlan: 'This plan no longer exists.',
    someone: 'A colleague',
    accountFrozenQuota: {
      title: 'Account {{username}} frozen',
      body: '{{name}} ({{username}}) read more than {{limit}} customer records on {{day}}; the account was frozen. Check before unfreezing it.',
    },
    accountLocked: {
      title: 'Account {{username}} locked',
      body: '{{attempts}} failed sign-ins in a row locked {{name}} ({{username}}) until {{until}} ({{zone}}).',
    },
    instalmentOverdue: {
      title: 'Payment overdue: {{customer}}',
      body: 'Instalment {{seq}} is past due with ¥{{owed}} owed; {{by}}, who enrolled the student, has been reminded.',
    },
    refund: {
      requestedTitle: 'Refund request to decide: {{customer}}',
      requestedBody: '{{by}} asks for a refund of ¥{{amount}}. Reason: {{reason}}',
      decidedTitle: 'Your refund request: {{status}}',
      decidedBody:
        'The ¥{{amount}} refund request for {{customer}} was decided by {{by}}. {{note}}',
      missing: 'This refund request no longer exists.',
    },
    enrolmentCreated: {
      title: 'New enrolment to collect: {{course}} term {{term}}',
      body: '{{by}} enrolled {{customer}}; ¥{{due}} is due.',
      missing: 'This enrolment no longer exists.',
    },
    planAssigned: {
      title: 'New plan: {{type}}',
      body: '{{customer}}: {{content}}',
    },
    planDelegated: {
      title: '{{from}} asks you to help with a plan',
      body: '{{customer}}: {{content}}',
      bodyWithNote: '{{customer}}: {{content}}\nNote: {{note}}',
    },
    planDelegatedResult: {
      title: '{{helper}} completed the plan you delegated',
      body: '{{customer}}: {{outcome}}',
    },
    planReminder: {
      title: '{{type}} reminder: {{at}} {{customer}}',
      body: '{{content}}',
    },
  },
};
