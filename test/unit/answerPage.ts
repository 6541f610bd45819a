// The first page of an answer to written questions (an Aanhangsel item), written for the tests and laid out as the
// answers' PDFs print it: the Aanhangsel's header, the answer's number alone on a line, no Kamerstuk number.
export const ANSWER_PAGE = [
  'Tweede Kamer der Staten-Generaal 2',
  'Vergaderjaar 2016–2017 Aanhangsel van de Handelingen ',
  'Vragen gesteld door de leden der Kamer, met de daarop door de ',
  'regering gegeven antwoorden ',
  '',
  '1234 ',
  '',
  'Vragen van het lid Jansen aan de Minister van Veiligheid en Justitie over ',
  'de beveiliging van stations (ingezonden 3 januari 2017). ',
  '',
  'Antwoord van Minister Van der Steur (Veiligheid en Justitie) (ontvangen ',
  '24 januari 2017). ',
  '',
].join('\n');
