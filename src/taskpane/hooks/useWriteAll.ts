import { useCallback, useState } from 'react';

/** Where "Skriv alltid" is remembered: the pane's origin's localStorage, per user and machine. */
export const WRITE_ALL_KEY = 'intaktsmodell.skrivAlltid';

/**
 * "Skriv alltid": whether Beräkna in Excel writes Fakturaunderlag and Spårning too, remembered
 * between sessions. Where storage is refused (a browser that blocks it for add-ins), the choice
 * holds for the session and the pane works the same.
 */
export function useWriteAll(storage: Pick<Storage, 'getItem' | 'setItem'> | null = defaultStorage()): [boolean, (value: boolean) => void] {
  const [writeAll, setState] = useState(() => read(storage));
  const set = useCallback(
    (value: boolean) => {
      setState(value);
      try {
        storage?.setItem(WRITE_ALL_KEY, value ? 'ja' : 'nej');
      } catch (error) {
        // Remembering is a convenience: the setting still holds for this session.
        console.warn('Inställningen Skriv alltid kunde inte sparas:', error);
      }
    },
    [storage],
  );
  return [writeAll, set];
}

function read(storage: Pick<Storage, 'getItem'> | null): boolean {
  try {
    return storage?.getItem(WRITE_ALL_KEY) === 'ja';
  } catch {
    return false;
  }
}

function defaultStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Reading localStorage itself throws where storage is blocked.
    return null;
  }
}
