/** Text folded for matching: lower case, accents removed ("Ánimo" matches "animo"). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();
}
