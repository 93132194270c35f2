/**
 * Calls a merchant's callback so that a throw in it cannot break the library's flow (turn a success into a failure, or
 * keep the next callback from running): the error is rethrown on a later tick, where the page's error reporting sees it.
 */
export function callSafely(callback: () => void): void {
  try {
    callback();
  } catch (error) {
    setTimeout(() => {
      throw error;
    });
  }
}
