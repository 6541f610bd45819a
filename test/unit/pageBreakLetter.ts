// A letter's first page written for the tests in the layout of its PDF text, with a citation broken over the page
// break: two footnote bodies on consecutive lines, the running footer with its page number, the next page's first
// line indented.
export const PAGE = [
  'Tweede Kamer der Staten-Generaal 2',
  'Vergaderjaar 2018–2019 ',
  '',
  '29 754 Terrorismebestrijding ',
  'Nr. 480 BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID ',
  '',
  'De moties van de leden Van Dam1 en Koopmans2 zijn uitgevoerd, zoals ik u schreef in mijn brief van',
  '3 maart jl. (Kamerstuk 29 754, nr. ',
  '',
  '1 Kamerstuk 29 754, nr. 461 ',
  '2 Kamerstuk 30 821, nr. 62 ',
  'Tweede Kamer, vergaderjaar 2018–2019, 29 754, nr. 480 2',
  ' 470). De Nationaal Coördinator Terrorismebestrijding en Veiligheid is hierbij betrokken. ',
  '',
].join('\n');
