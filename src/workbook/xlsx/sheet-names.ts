/**
 * Excel's rules for a sheet name; a name outside them makes a file Excel has to repair: 1–31
 * characters (UTF-16 code units), none of \ / ? * [ ] :, no apostrophe first or last, no control
 * character, not "History" (reserved by Excel in any case).
 */
export function checkSheetName(name: string): void {
  if (
    name.trim() === '' ||
    name.length > 31 ||
    /[\\/?*[\]:\p{Cc}]/u.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === 'history'
  ) {
    throw new Error(`"${name}" kan inte vara namn på ett blad i Excel.`);
  }
}
