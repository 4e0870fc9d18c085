import { useCallback, useState } from 'preact/hooks';
import { describeStorageError } from '@/lib/db/errors';

/**
 * Runs a database operation from a button (add, move, delete…) and keeps the
 * failure as a readable sentence to show next to the control, instead of an
 * unhandled rejection nobody sees.
 */
export function useStorageAction(): [<T>(op: () => Promise<T>) => Promise<T | undefined>, string, () => void] {
  const [error, setError] = useState('');
  const run = useCallback(async <T,>(op: () => Promise<T>): Promise<T | undefined> => {
    try {
      const result = await op();
      setError('');
      return result;
    } catch (e) {
      setError(describeStorageError(e));
      return undefined;
    }
  }, []);
  const clear = useCallback(() => setError(''), []);
  return [run, error, clear];
}
