/** Excel's rules for a sheet name; a name outside them makes a file Excel has to repair. */
export function checkSheetName(name: string): void {
  if (name.trim() === '' || name.length > 31 || /[\\/?*[\]:]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new Error(`"${name}" kan inte vara namn på ett blad i Excel.`);
  }
}
