import { afterEach, describe, expect, it } from 'vitest';
import { canEditIsmsRecords, canManage, canReadIsmsRecords, session } from './session.svelte';

const admin = { id: 'u1', email: 'admin@example.com', display_name: 'Admin', locale: 'ja', is_admin: true };

afterEach(() => {
  session.user = null;
  session.organisations = [];
});

describe('ISMS records', () => {
  it('are read by every role and changed only by the ISMS manager', () => {
    session.user = { ...admin, is_admin: false };
    session.organisations = [
      { id: 'a', name: 'A', roles: ['employee'] },
      { id: 'b', name: 'B', roles: ['external_auditor', 'isms_manager'] },
    ];
    expect(canReadIsmsRecords('a')).toBe(true);
    expect(canEditIsmsRecords('a')).toBe(false);
    expect(canEditIsmsRecords('b')).toBe(true);
    expect(canReadIsmsRecords('elsewhere')).toBe(false);
  });

  it('are not an installation administrator\'s without a role, unlike members', () => {
    session.user = admin;
    session.organisations = [{ id: 'a', name: 'A', roles: [] }];
    expect(canManage('a')).toBe(true);
    expect(canReadIsmsRecords('a')).toBe(false);
    expect(canEditIsmsRecords('a')).toBe(false);
  });
});
