/**
 * What kind of place a name is, for a note that must call a list of places by their kind ("one of
 * the four states", "one of the countries"). A leaf module: plain word lists, no imports from the
 * notes, so any reader may use it without a circular load. A name on no list is a "place" — the
 * note then says "one of the places", which is true of any of them.
 */

/** The U.S. states, as written out. */
const US_STATES =
  /^(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)$/;

/** Canada's provinces and territories, Australia's states and territories. */
const PROVINCES =
  /^(?:Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland and Labrador|Newfoundland|Nova Scotia|Ontario|Prince Edward Island|Quebec|Saskatchewan|Yukon|Nunavut|Northwest Territories)$/;
const AUSTRALIAN_STATES = /^(?:New South Wales|Victoria|Queensland|South Australia|Western Australia|Tasmania)$/;

/** Countries as the wires print them. */
const COUNTRIES = new RegExp(
  `^(?:${[
    'Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|Bangladesh|Barbados|Belarus',
    'Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada',
    'Chad|Chile|China|Colombia|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominican Republic',
    'Ecuador|Egypt|El Salvador|England|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Germany|Ghana|Greece',
    'Grenada|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast',
    'Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Lithuania',
    'Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro',
    'Morocco|Mozambique|Myanmar|Namibia|Nepal|the Netherlands|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea',
    'North Macedonia|Northern Ireland|Norway|Oman|Pakistan|Palestine|Panama|Papua New Guinea|Paraguay|Peru|the Philippines',
    'Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|Saudi Arabia|Scotland|Senegal|Serbia|Sierra Leone|Singapore',
    'Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria',
    'Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Turkmenistan|Uganda|Ukraine',
    'United Arab Emirates|United Kingdom|the United Kingdom|United States|the United States|Uruguay|Uzbekistan|Vanuatu',
    'Venezuela|Vietnam|Wales|Yemen|Zambia|Zimbabwe',
  ].join('|')})$`,
);

/** The plural kind a set of place names shares: "states", "provinces", "countries", else "places". */
export function kindOfPlaces(names: string[]): string {
  const all = (list: RegExp) => names.length > 0 && names.every((n) => list.test(n.trim()));
  if (all(US_STATES)) return 'states';
  if (all(PROVINCES)) return 'provinces';
  if (all(AUSTRALIAN_STATES)) return 'states';
  if (all(COUNTRIES)) return 'countries';
  return 'places';
}

/**
 * The common nouns for a kind of place, in one list: "the village of Qasr Nadim" (place-cues.ts),
 * "the region's biggest towns, Port Ellery" (place-appositions.ts), "Harlan County", "Logar province"
 * (describe.ts). Each reader wants its own few on purpose (a division follows a name, a "hometown"
 * never does), so each takes a view with `placeNouns(...)`, which names only nouns from this list:
 * a kind of place added here is one the house knows, and none is spelled one way in one reader and
 * forgotten in another.
 */
export const PLACE_NOUN_WORDS: readonly string[] = [
  // Settlements and the parts of one.
  'village|town|city|capital|port|resort|suburb|neighborhood|neighbourhood|enclave|settlement|commune|island|valley',
  // Where a person is from.
  'hometown|home town|birthplace',
  // Divisions of a country, and the country.
  'county|province|region|district|state|territory|parish|borough|township|municipality|prefecture|oblast|governorate',
  'canton|department|ward|riding|constituency|country',
]
  .join('|')
  .split('|');

/**
 * A view of the list as a regex alternation, in the order given: `placeNouns('town', 'city')` →
 * "town|city". A noun not in the list is a mistake of the rule that asks for it, caught when the
 * module loads.
 */
export function placeNouns(...nouns: string[]): string {
  const unknown = nouns.filter((n) => !PLACE_NOUN_WORDS.includes(n));
  if (unknown.length) throw new Error(`not a place noun in place-kinds.ts: ${unknown.join(', ')}`);
  return nouns.join('|');
}
