// @vitest-environment node
// A merchant's shared test setup may call the test kit's reset from a plain-Node test (a server route's test): with no
// page there is nothing to reset, and nothing may throw.
import { installMockIamport, installMockPortOne, resetBillingKeyState } from '../../src/testing';

describe('the test kit in plain Node (no window, no document)', () => {
  it('resetBillingKeyState() does nothing and does not throw', () => {
    expect(typeof document).toBe('undefined');
    expect(() => resetBillingKeyState()).not.toThrow();
  });

  it('a stand-in installs on a target object and uninstalls', () => {
    const target: { IMP?: unknown; PortOne?: unknown } = {};
    const iamport = installMockIamport({ target });
    const portone = installMockPortOne({ target });
    expect(target.IMP).toBe(iamport.sdk);
    expect(target.PortOne).toBe(portone.sdk);
    iamport.uninstall();
    portone.uninstall();
    expect(target).toEqual({});
    expect(() => resetBillingKeyState()).not.toThrow();
  });
});
