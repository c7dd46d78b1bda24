import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';

// The country gazetteer comes from i18n-iso-countries (names, short forms and aliases of 250 countries).
const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

/** Country names and aliases plus blocs and capitals news copy uses as actors, lower-cased. */
export const placeNames: ReadonlySet<string> = new Set(
  [
    ...Object.values(countries.getNames('en', { select: 'all' })).flat(),
    'EU',
    'European Union',
    'America',
    'Britain',
    'Korea',
    'Russia',
    'Iran',
    'Vietnam',
    'Taiwan',
    'Congo',
    'DRC',
    'Washington',
    'Washington DC',
    'New Delhi',
    'Delhi',
    'Beijing',
    'Tokyo',
    'Canberra',
    'Ottawa',
    'London',
    'Paris',
    'Berlin',
    'Brussels',
    'Seoul',
    'Moscow',
    'New York',
    'Mumbai',
    'Africa',
    'Asia',
    'Europe',
    'Latin America',
  ].map((name) => name.toLowerCase()),
);

/** Words that make a capitalised run a role ("US Treasury Secretary Scott Bessent"): the name follows. */
export const roleWords: ReadonlySet<string> = new Set(
  (
    'minister secretary ambassador ambassador-designate president chairman chairwoman chair director representative ' +
    'governor senator congressman congresswoman spokesperson spokesman ceo chief mr mrs ms dr prof king queen prince ' +
    'premier chancellor commissioner envoy mayor general admiral judge justice founder assistant adviser advisor ' +
    'secretary-general head leader officer analyst economist professor'
  ).split(' '),
);

/** Words that make a capitalised run an organisation. */
export const organizationWords: ReadonlySet<string> = new Set(
  (
    'department ministry treasury bank committee council forum office agency commission corporation company inc ltd ' +
    'llc plc association institute university party house congress parliament senate fund board authority reserve ' +
    'exchange group times magazine news post journal reuters bloomberg administration government cabinet court ' +
    'alliance organisation organization federation coalition partnership morgan corp co holdings securities industries ' +
    'mining metals resources motors petroleum capital partners'
  ).split(' '),
);

/** Head nouns of named events ("Finance Ministerial", "India-AI Impact Summit"). */
export const eventWords: ReadonlySet<string> = new Set(
  'ministerial summit conference meeting dialogue talks expo convention symposium roundtable'.split(' '),
);

export const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
export const dayNames = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
