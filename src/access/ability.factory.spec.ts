import { AbilityFactory, AbilitySource } from './ability.factory';
import { PERMISSION_CATALOGUE, PermissionKey } from './permission-catalogue';
import { ROLES } from './role';
import { ROLE_PERMISSIONS } from './role-permissions';

const ALL_KEYS = Object.keys(PERMISSION_CATALOGUE) as PermissionKey[];

function source(overrides: Partial<AbilitySource> & Pick<AbilitySource, 'role'>): AbilitySource {
  return { grants: null, denials: null, ...overrides };
}

/** The permission keys an ability allows, by asking CASL about every key in the catalogue. */
function allowedKeys(user: AbilitySource): PermissionKey[] {
  const ability = new AbilityFactory().createFor(user);
  return ALL_KEYS.filter((key) => {
    const { action, subject } = PERMISSION_CATALOGUE[key];
    return ability.can(action, subject);
  });
}

describe('AbilityFactory', () => {
  const factory = new AbilityFactory();

  describe('role permissions', () => {
    it('lets an admin manage accounts but not read the audit log', () => {
      const ability = factory.createFor(source({ role: 'admin' }));
      expect(ability.can('read', 'User')).toBe(true);
      expect(ability.can('create', 'User')).toBe(true);
      expect(ability.can('update', 'RolePolicy')).toBe(true);
      expect(ability.can('read', 'AuditLog')).toBe(false);
    });

    it('lets a manager read the audit log but not create accounts', () => {
      const ability = factory.createFor(source({ role: 'manager' }));
      expect(ability.can('read', 'AuditLog')).toBe(true);
      expect(ability.can('unlock', 'User')).toBe(true);
      expect(ability.can('create', 'User')).toBe(false);
      expect(ability.can('read', 'RolePolicy')).toBe(false);
    });

    it("lets a coordinator work with customers, their contacts, classes, coaches and enrolments, see only their own students' money, and read the script library", () => {
      expect(allowedKeys(source({ role: 'coordinator' })).sort()).toEqual(
        [
          'Customer:read',
          'Customer:create',
          'Customer:update',
          'Customer:revealPhone',
          'Interaction:read',
          'Interaction:create',
          'Care:read',
          'Class:read',
          'Class:create',
          'Class:update',
          'Coach:read',
          'Coach:create',
          'Coach:update',
          'Enrolment:read',
          'Enrolment:create',
          'Enrolment:update',
          'Receivable:read',
          'Receivable:plan',
          'Refund:request',
          'Report:read',
          'Document:read',
          'Script:read',
          'Bulletin:read',
        ].sort(),
      );
    });

    it('lets every role read the document library; clerks, managers and admins upload and keep folders; managers alone see all', () => {
      for (const role of ROLES) {
        const ability = factory.createFor(source({ role }));
        const uploader = role === 'clerk' || role === 'manager' || role === 'admin';
        expect([
          role,
          ability.can('read', 'Document'),
          ability.can('upload', 'Document'),
          ability.can('organize', 'Document'),
          ability.can('monitor', 'Document'),
        ]).toEqual([role, true, uploader, uploader, role === 'manager']);
      }
    });

    it('lets finance alone record payments, finance and managers reverse them, and managers alone override a stage', () => {
      for (const role of ROLES) {
        const ability = factory.createFor(source({ role }));
        expect([
          role,
          ability.can('create', 'Payment'),
          ability.can('reverse', 'Payment'),
          ability.can('override', 'Enrolment'),
          ability.can('monitor', 'Receivable'),
        ]).toEqual([
          role,
          role === 'finance',
          role === 'finance' || role === 'manager',
          role === 'manager',
          role === 'finance' || role === 'manager',
        ]);
      }
    });

    it('shows admins no customer data and lets only managers export or erase', () => {
      expect(
        allowedKeys(source({ role: 'admin' })).some((key) => key.startsWith('Customer:')),
      ).toBe(false);
      for (const role of ROLES) {
        const ability = factory.createFor(source({ role }));
        expect([role, ability.can('export', 'Customer'), ability.can('erase', 'Customer')]).toEqual(
          [role, role === 'manager', role === 'manager'],
        );
      }
    });

    it('lets managers alone list, download and make stored report files; admins and managers define their schedules', () => {
      for (const role of ROLES) {
        const ability = factory.createFor(source({ role }));
        expect([
          role,
          ability.can('read', 'GeneratedReport'),
          ability.can('create', 'GeneratedReport'),
          ability.can('update', 'ReportSchedule'),
        ]).toEqual([
          role,
          role === 'manager',
          role === 'manager',
          role === 'manager' || role === 'admin',
        ]);
      }
    });

    it('lets all staff read the script library, admins and managers write it, and lets it be granted', () => {
      for (const role of ROLES) {
        const ability = factory.createFor(source({ role }));
        expect([role, ability.can('read', 'Script'), ability.can('update', 'Script')]).toEqual([
          role,
          true,
          role === 'admin' || role === 'manager',
        ]);
      }
      const granted = factory.createFor(source({ role: 'coordinator', grants: ['Script:update'] }));
      expect(granted.can('update', 'Script')).toBe(true);
    });

    it("lets every role read the board; clerks, managers and admins post; managers alone change anyone's notices", () => {
      for (const role of ROLES) {
        const ability = factory.createFor(source({ role }));
        expect([
          role,
          ability.can('read', 'Bulletin'),
          ability.can('create', 'Bulletin'),
          ability.can('monitor', 'Bulletin'),
        ]).toEqual([
          role,
          true,
          role === 'clerk' || role === 'manager' || role === 'admin',
          role === 'manager',
        ]);
      }
    });

    it.each(ROLES)('gives %s exactly the permissions of ROLE_PERMISSIONS', (role) => {
      expect(allowedKeys(source({ role })).sort()).toEqual([...ROLE_PERMISSIONS[role]].sort());
    });

    it('treats empty lists like no grants and no denials', () => {
      expect(allowedKeys(source({ role: 'clerk', grants: [], denials: [] })).sort()).toEqual(
        [...ROLE_PERMISSIONS.clerk].sort(),
      );
    });
  });

  describe('grants', () => {
    it('adds a grantable permission', () => {
      const ability = factory.createFor(source({ role: 'coordinator', grants: ['User:read'] }));
      expect(ability.can('read', 'User')).toBe(true);
      expect(ability.can('freeze', 'User')).toBe(false);
      expect(allowedKeys(source({ role: 'coordinator', grants: ['User:read'] })).sort()).toEqual(
        [...ROLE_PERMISSIONS.coordinator, 'User:read'].sort(),
      );
    });

    it('ignores a permission that may not be granted', () => {
      const ability = factory.createFor(source({ role: 'coordinator', grants: ['AuditLog:read'] }));
      expect(ability.can('read', 'AuditLog')).toBe(false);
      expect(
        allowedKeys(source({ role: 'clerk', grants: ['User:create', 'User:grant'] })).sort(),
      ).toEqual([...ROLE_PERMISSIONS.clerk].sort());
    });

    it('keeps the grantable keys of a mixed list and drops the rest', () => {
      expect(
        allowedKeys(
          source({ role: 'finance', grants: ['User:freeze', 'AuditLog:read', 'RolePolicy:read'] }),
        ).sort(),
      ).toEqual([...ROLE_PERMISSIONS.finance, 'RolePolicy:read', 'User:freeze'].sort());
    });

    it('ignores unknown keys', () => {
      expect(
        allowedKeys(
          source({
            role: 'finance',
            grants: ['Customer:frobnicate', 'all:manage', 'user:read', '', 'toString'],
          }),
        ),
      ).toEqual([...ROLE_PERMISSIONS.finance]);
    });
  });

  describe('denials', () => {
    it('removes a permission the role has', () => {
      const ability = factory.createFor(source({ role: 'manager', denials: ['AuditLog:read'] }));
      expect(ability.can('read', 'AuditLog')).toBe(false);
      expect(ability.can('read', 'User')).toBe(true);
    });

    it('wins over a grant of the same key', () => {
      const ability = factory.createFor(
        source({ role: 'coordinator', grants: ['User:read'], denials: ['User:read'] }),
      );
      expect(ability.can('read', 'User')).toBe(false);
    });

    it('touches only the denied action on the subject', () => {
      const keys = allowedKeys(
        source({ role: 'admin', denials: ['User:create', 'RolePolicy:update'] }),
      );
      expect(keys).not.toContain('User:create');
      expect(keys).not.toContain('RolePolicy:update');
      expect(keys).toContain('User:read');
      expect(keys).toContain('RolePolicy:read');
      expect(keys).toHaveLength(ROLE_PERMISSIONS.admin.length - 2);
    });

    it('ignores unknown keys', () => {
      expect(
        allowedKeys(
          source({ role: 'clerk', denials: ['User:*', 'all:manage', 'constructor'] }),
        ).sort(),
      ).toEqual([...ROLE_PERMISSIONS.clerk].sort());
    });
  });

  describe('reuse', () => {
    it('hands out one ability per role, grants and denials, and a different one when they differ', () => {
      const factory = new AbilityFactory();
      const first = factory.createFor(source({ role: 'coordinator' }));
      expect(factory.createFor(source({ role: 'coordinator' }))).toBe(first);
      const denied = factory.createFor(
        source({ role: 'coordinator', denials: ['Customer:update'] }),
      );
      expect(denied).not.toBe(first);
      expect(denied.can('update', 'Customer')).toBe(false);
      expect(first.can('update', 'Customer')).toBe(true);
      expect(factory.createFor(source({ role: 'clerk' })).can('import', 'Customer')).toBe(true);
    });
  });
});
