import { describe, expect, it } from 'vitest';
import { changeRoles, effectiveRoles, grantableRoles, type Role } from '../../../src/domain/roles/roles.js';

describe('roles', () => {
  it.each<[string, Role[], boolean, Role[]]>([
    ['everyone is a worker', [], false, ['worker']],
    ['a configured admin is an admin without a stored role', [], true, ['worker', 'admin']],
    [
      'stored roles come in the order of ROLES, once',
      ['admin', 'convenor', 'admin'],
      false,
      ['worker', 'convenor', 'admin'],
    ],
  ])('%s', (_, stored, isConfiguredAdmin, expected) => {
    expect(effectiveRoles(stored, isConfiguredAdmin)).toEqual(expected);
  });

  it.each<[Role[], Role[]]>([
    [
      ['worker', 'admin'],
      ['convenor', 'evaluator', 'admin'],
    ],
    [
      ['worker', 'convenor'],
      ['convenor', 'evaluator'],
    ],
    [['worker', 'evaluator'], []],
    [['worker'], []],
  ])('a user holding %j may grant %j', (held, grantable) => {
    expect(grantableRoles(held)).toEqual(grantable);
  });

  it('grants and revokes without ever storing worker', () => {
    expect(changeRoles([], 'convenor', 'grant')).toEqual(['convenor']);
    expect(changeRoles(['convenor', 'admin'], 'convenor', 'revoke')).toEqual(['admin']);
    expect(changeRoles(['convenor'], 'worker', 'grant')).toEqual(['convenor']);
  });
});
