// The first page of Kamerstuk 32 317, JA (an Eerste Kamer letter) as its PDF text prints it: the Senate's header,
// then a body of the test's own (its page footers included).
export function senateLetterJA(body: readonly string[]): string {
  return [
    '',
    'Eerste Kamer der Staten-Generaal 1',
    'Vergaderjaar 2017–2018 ',
    '',
    '32 317 JBZ-Raad ',
    '',
    'JA BRIEF VAN DE MINISTERS VAN JUSTITIE EN VEILIGHEID EN VOOR ',
    'RECHTSBESCHERMING EN DE STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID ',
    '',
    'Aan de Voorzitter van de Eerste Kamer der Staten-Generaal ',
    '',
    'Den Haag, 2 juli 2018 ',
    '',
    ...body,
  ].join('\n');
}

/** Its first page and the start of the second: the opening sentence runs on past the first page's footer. */
export const SENATE_JA_OPENING = senateLetterJA([
  'Hierbij bieden wij u, mede namens de Minister van Binnenlandse Zaken en ',
  'Koninkrijksrelaties, de geannoteerde agenda aan van de bijeenkomst van de ',
  'Raad Justitie en Binnenlandse Zaken van 12 en 13 juli 2018 in Innsbruck, ',
  '',
  'Eerste Kamer, vergaderjaar 2017–2018, 32 317, JA 1',
  '',
  '',
  'alsmede een geactualiseerd voortgangsoverzicht van JBZ-dossiers. ',
  '',
  'Eerste Kamer, vergaderjaar 2017–2018, 32 317, JA 2',
  '',
]);
