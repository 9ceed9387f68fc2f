/** The US areas of the atlas, shared by the data build and the browser (names for lists, menus and map labels). */
export interface UsState {
  usps: string;
  fips: string;
  /** us-atlas's English name. */
  name: string;
  /** Spanish name: the standard exonym where Spanish has one (Nuevo México, Luisiana), else the English name. */
  nameEs: string;
}

/**
 * The 50 states, DC and Puerto Rico: USPS code (Banxico's key), FIPS code (the Census's and
 * us-atlas's key), us-atlas's English name and the Spanish name. Written out rather than
 * derived, because the two sources share no key and a wrong pairing would silently move money
 * between states.
 */
export const US_STATES: readonly UsState[] = [
  ['AL', '01', 'Alabama', 'Alabama'], ['AK', '02', 'Alaska', 'Alaska'], ['AZ', '04', 'Arizona', 'Arizona'],
  ['AR', '05', 'Arkansas', 'Arkansas'], ['CA', '06', 'California', 'California'], ['CO', '08', 'Colorado', 'Colorado'],
  ['CT', '09', 'Connecticut', 'Connecticut'], ['DE', '10', 'Delaware', 'Delaware'],
  ['DC', '11', 'District of Columbia', 'Distrito de Columbia'], ['FL', '12', 'Florida', 'Florida'],
  ['GA', '13', 'Georgia', 'Georgia'], ['HI', '15', 'Hawaii', 'Hawái'], ['ID', '16', 'Idaho', 'Idaho'],
  ['IL', '17', 'Illinois', 'Illinois'], ['IN', '18', 'Indiana', 'Indiana'], ['IA', '19', 'Iowa', 'Iowa'],
  ['KS', '20', 'Kansas', 'Kansas'], ['KY', '21', 'Kentucky', 'Kentucky'], ['LA', '22', 'Louisiana', 'Luisiana'],
  ['ME', '23', 'Maine', 'Maine'], ['MD', '24', 'Maryland', 'Maryland'], ['MA', '25', 'Massachusetts', 'Massachusetts'],
  ['MI', '26', 'Michigan', 'Míchigan'], ['MN', '27', 'Minnesota', 'Minnesota'], ['MS', '28', 'Mississippi', 'Misisipi'],
  ['MO', '29', 'Missouri', 'Misuri'], ['MT', '30', 'Montana', 'Montana'], ['NE', '31', 'Nebraska', 'Nebraska'],
  ['NV', '32', 'Nevada', 'Nevada'], ['NH', '33', 'New Hampshire', 'Nuevo Hampshire'], ['NJ', '34', 'New Jersey', 'Nueva Jersey'],
  ['NM', '35', 'New Mexico', 'Nuevo México'], ['NY', '36', 'New York', 'Nueva York'],
  ['NC', '37', 'North Carolina', 'Carolina del Norte'], ['ND', '38', 'North Dakota', 'Dakota del Norte'],
  ['OH', '39', 'Ohio', 'Ohio'], ['OK', '40', 'Oklahoma', 'Oklahoma'], ['OR', '41', 'Oregon', 'Oregón'],
  ['PA', '42', 'Pennsylvania', 'Pensilvania'], ['RI', '44', 'Rhode Island', 'Rhode Island'],
  ['SC', '45', 'South Carolina', 'Carolina del Sur'], ['SD', '46', 'South Dakota', 'Dakota del Sur'],
  ['TN', '47', 'Tennessee', 'Tennessee'], ['TX', '48', 'Texas', 'Texas'], ['UT', '49', 'Utah', 'Utah'],
  ['VT', '50', 'Vermont', 'Vermont'], ['VA', '51', 'Virginia', 'Virginia'], ['WA', '53', 'Washington', 'Washington'],
  ['WV', '54', 'West Virginia', 'Virginia Occidental'], ['WI', '55', 'Wisconsin', 'Wisconsin'],
  ['WY', '56', 'Wyoming', 'Wyoming'], ['PR', '72', 'Puerto Rico', 'Puerto Rico'],
].map(([usps, fips, name, nameEs]) => ({ usps, fips, name, nameEs }));

/** English name by FIPS. */
export const US_STATE_NAMES = new Map(US_STATES.map((s) => [s.fips, s.name]));
