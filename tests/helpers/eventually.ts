/**
 * Retry an assertion until it passes or the time is up (the UI updates asynchronously);
 * the last failure is rethrown, so the message is the assertion's own.
 */
export async function eventually(assertion: () => unknown | Promise<unknown>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
