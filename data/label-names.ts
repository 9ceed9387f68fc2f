/**
 * Names the map labels use where the sources give none or give a long official form.
 * Written out: a name on a map is an editorial choice, and a test pins every one.
 */

/**
 * Spanish and English names of every country the base map draws (world-atlas countries-50m
 * in the atlas's region), by ISO 3166-1 numeric code. A country the base map gains without
 * an entry here stops the build. France and the Netherlands are labelled on the largest
 * of their parts inside the region, so the name is that part's: French Guiana, Bonaire.
 */
export const COUNTRY_NAMES: Readonly<Record<string, { es: string; en: string }>> = {
  '028': { es: 'Antigua y Barbuda', en: 'Antigua and Barbuda' },
  '032': { es: 'Argentina', en: 'Argentina' },
  '044': { es: 'Bahamas', en: 'Bahamas' },
  '052': { es: 'Barbados', en: 'Barbados' },
  '060': { es: 'Bermudas', en: 'Bermuda' },
  '068': { es: 'Bolivia', en: 'Bolivia' },
  '076': { es: 'Brasil', en: 'Brazil' },
  '084': { es: 'Belice', en: 'Belize' },
  '092': { es: 'Islas Vírgenes Británicas', en: 'British Virgin Islands' },
  '124': { es: 'Canadá', en: 'Canada' },
  '136': { es: 'Islas Caimán', en: 'Cayman Islands' },
  '152': { es: 'Chile', en: 'Chile' },
  '170': { es: 'Colombia', en: 'Colombia' },
  '188': { es: 'Costa Rica', en: 'Costa Rica' },
  '192': { es: 'Cuba', en: 'Cuba' },
  '212': { es: 'Dominica', en: 'Dominica' },
  '214': { es: 'República Dominicana', en: 'Dominican Republic' },
  '218': { es: 'Ecuador', en: 'Ecuador' },
  '222': { es: 'El Salvador', en: 'El Salvador' },
  '238': { es: 'Islas Malvinas', en: 'Falkland Islands' },
  '239': { es: 'Georgias del Sur', en: 'South Georgia' },
  '250': { es: 'Guayana Francesa', en: 'French Guiana' },
  '296': { es: 'Kiribati', en: 'Kiribati' },
  '304': { es: 'Groenlandia', en: 'Greenland' },
  '308': { es: 'Granada', en: 'Grenada' },
  '320': { es: 'Guatemala', en: 'Guatemala' },
  '328': { es: 'Guyana', en: 'Guyana' },
  '332': { es: 'Haití', en: 'Haiti' },
  '340': { es: 'Honduras', en: 'Honduras' },
  '388': { es: 'Jamaica', en: 'Jamaica' },
  '484': { es: 'México', en: 'Mexico' },
  '500': { es: 'Montserrat', en: 'Montserrat' },
  '528': { es: 'Bonaire', en: 'Bonaire' },
  '531': { es: 'Curazao', en: 'Curaçao' },
  '533': { es: 'Aruba', en: 'Aruba' },
  '534': { es: 'Sint Maarten', en: 'Sint Maarten' },
  '558': { es: 'Nicaragua', en: 'Nicaragua' },
  '591': { es: 'Panamá', en: 'Panama' },
  '600': { es: 'Paraguay', en: 'Paraguay' },
  '604': { es: 'Perú', en: 'Peru' },
  '630': { es: 'Puerto Rico', en: 'Puerto Rico' },
  '643': { es: 'Rusia', en: 'Russia' },
  '652': { es: 'San Bartolomé', en: 'Saint Barthélemy' },
  '659': { es: 'San Cristóbal y Nieves', en: 'Saint Kitts and Nevis' },
  '660': { es: 'Anguila', en: 'Anguilla' },
  '662': { es: 'Santa Lucía', en: 'Saint Lucia' },
  '663': { es: 'San Martín', en: 'Saint Martin' },
  '666': { es: 'San Pedro y Miquelón', en: 'Saint Pierre and Miquelon' },
  '670': { es: 'San Vicente y las Granadinas', en: 'Saint Vincent and the Grenadines' },
  '740': { es: 'Surinam', en: 'Suriname' },
  '780': { es: 'Trinidad y Tobago', en: 'Trinidad and Tobago' },
  '796': { es: 'Islas Turcas y Caicos', en: 'Turks and Caicos Islands' },
  '840': { es: 'Estados Unidos', en: 'United States' },
  '850': { es: 'Islas Vírgenes de los Estados Unidos', en: 'United States Virgin Islands' },
  '858': { es: 'Uruguay', en: 'Uruguay' },
  '862': { es: 'Venezuela', en: 'Venezuela' },
};

/**
 * The short form a map writes for each Mexican state (the curated table has the official
 * long names: "Coahuila de Zaragoza", "Michoacán de Ocampo", "Veracruz de Ignacio de la
 * Llave"). State 15, officially "México", is written "Estado de México" so it cannot be
 * read as the country. English keeps the Spanish names except where English readers use
 * their own (Mexico City, State of Mexico).
 */
export const STATE_LABEL_NAMES: Readonly<Record<string, { es: string; en: string }>> = Object.fromEntries(
  [
    ['01', 'Aguascalientes'], ['02', 'Baja California'], ['03', 'Baja California Sur'], ['04', 'Campeche'],
    ['05', 'Coahuila'], ['06', 'Colima'], ['07', 'Chiapas'], ['08', 'Chihuahua'],
    ['09', 'Ciudad de México', 'Mexico City'], ['10', 'Durango'], ['11', 'Guanajuato'], ['12', 'Guerrero'],
    ['13', 'Hidalgo'], ['14', 'Jalisco'], ['15', 'Estado de México', 'State of Mexico'], ['16', 'Michoacán'],
    ['17', 'Morelos'], ['18', 'Nayarit'], ['19', 'Nuevo León'], ['20', 'Oaxaca'],
    ['21', 'Puebla'], ['22', 'Querétaro'], ['23', 'Quintana Roo'], ['24', 'San Luis Potosí'],
    ['25', 'Sinaloa'], ['26', 'Sonora'], ['27', 'Tabasco'], ['28', 'Tamaulipas'],
    ['29', 'Tlaxcala'], ['30', 'Veracruz'], ['31', 'Yucatán'], ['32', 'Zacatecas'],
  ].map(([id, es, en]) => [id, { es, en: en ?? es }]),
);
