import { useCallback, useState } from 'react';

/** Where "Skriv alltid" is remembered: the pane's origin's localStorage, per user and machine. */
export const WRITE_ALL_KEY = 'intaktsmodell.skrivAlltid';

type SettingStorage = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * "Skriv alltid": whether Beräkna in Excel writes Fakturaunderlag and Spårning too, remembered
 * between sessions. Where storage is refused (a browser that blocks it for add-ins), the choice
 * holds for the session and the pane works the same.
 */
export function useWriteAll(storage: SettingStorage | null = defaultStorage()): [boolean, (value: boolean) => void] {
  const [writeAll, setState] = useState(() => loadWriteAll(storage));
  const set = useCallback(
    (value: boolean) => {
      setState(value);
      saveWriteAll(storage, value);
    },
    [storage],
  );
  return [writeAll, set];
}

/** The remembered choice; off when none is stored or storage cannot be read. */
export function loadWriteAll(storage: SettingStorage | null): boolean {
  try {
    return storage?.getItem(WRITE_ALL_KEY) === 'ja';
  } catch {
    return false;
  }
}

/** Remembers the choice; returns false when storage refused it (the choice then lasts the session). */
export function saveWriteAll(storage: SettingStorage | null, value: boolean): boolean {
  if (!storage) return false;
  try {
    storage.setItem(WRITE_ALL_KEY, value ? 'ja' : 'nej');
    return true;
  } catch (error) {
    console.warn('Inställningen Skriv alltid kunde inte sparas:', error);
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
