/** Questions shown in help and on App Home; each is answered by the seed articles. */
export const EXAMPLE_QUESTIONS = [
  'Who attended the ministerial?',
  'Which semiconductor alliance was India invited to join?',
  'What is the aim of the rare earth magnet scheme?',
  'Who led the US Congressional delegation to New Delhi?',
];
