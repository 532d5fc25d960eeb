/**
 * Words the demo text is built from. Lists are in rough frequency order and sampled Zipf-style, so the
 * demo corpus has what search must cope with: a few words in a large share of questions and a long
 * tail of rare ones (thousands of invented place names).
 */

/** Second part of a heading ("Schools: Finance"), most common first. */
export const ASPECTS = (
  'Finance|Staff|Recruitment|Rural Areas|Standards|Waiting Lists|Contracts|Young People|Safety|Training|Costs|Disability|' +
  'Regulation|Vacancies|Data|Older People|Wales|Scotland|Northern Ireland|North East|Public Consultation|Technology|' +
  'Procurement|Inspections|Compensation|Carbon Emissions|Accessibility|Charities|Private Sector|Fraud|Small Businesses|' +
  'Equality|Mental Health|Pay|Cybersecurity|Artificial Intelligence|Transparency|Coastal Areas|Women|Ethnic Groups'
).split('|');

/** General policy nouns, most frequent first. */
export const WORDS = (
  'support funding services costs access capacity investment delivery provision safety standards guidance training ' +
  'housing infrastructure resilience procurement contracts targets performance outcomes evidence consultation ' +
  'regulation enforcement inspection compliance monitoring reporting transparency accountability efficiency ' +
  'productivity innovation technology research skills apprenticeships recruitment retention wellbeing prevention ' +
  'treatment diagnosis rehabilitation accommodation maintenance repairs upgrades modernisation allocation eligibility ' +
  'entitlement compensation grants loans subsidies tariffs exports imports shortages backlogs delays cancellations ' +
  'closures vacancies absences complaints appeals referrals partnerships frameworks strategies programmes pilots ' +
  'schemes initiatives trials campaigns audits evaluations emissions pollution biodiversity flooding drought heatwaves ' +
  'wildfires erosion rivers woodland peatland energy electricity hydrogen batteries insulation retrofit boilers meters ' +
  'networks broadband spectrum satellites drones encryption algorithms chatbots automation robotics semiconductors ' +
  'genomics vaccines antibiotics diagnostics scanners ambulances paramedics midwives dentists pharmacists nurses ' +
  'teachers lecturers mentors carers volunteers graduates refugees contractors magistrates coroners parole remand ' +
  'custody reoffending leaseholders tenants landlords developers cladding asbestos damp mould ventilation sprinklers ' +
  'bridges roads railways ferries buses airports ports harbours canals cycleways footpaths lighting signage libraries ' +
  'museums theatres archives heritage festivals orchestras stadiums lotteries sanctions embassies consulates treaties ' +
  'ceasefires peacekeeping demining famine cholera malaria'
).split(/\s+/);

/** Adjectives that make a noun phrase ("rural broadband"), most frequent first. */
export const ADJECTIVES = 'local public rural digital regional national long-term emergency specialist independent community coastal seasonal'.split(' ');

/** Plural things that can be counted ("how many … were there"). */
export const COUNT_NOUNS = (
  'applications complaints vacancies referrals appeals inspections prosecutions closures cancellations incidents ' +
  'staff contracts grants visits assessments claims deaths admissions exclusions convictions'
).split(' ');

const PLACE_HEADS = (
  'Ash Brack Cal Dun Elm Fen Glen Hal Ick Kel Lang Mar Nor Oak Pen Quen Rad Sel Thorn Ulver Wal Yar Bram Cran Dray ' +
  'Hart Lox Mell Stan Wick Alder Birch Cole Dern Erring Frox Gorm Holl Innis Jessop Kirk Lind Morr Nant Orm Pryor'
).split(' ');
const PLACE_TAILS = 'ford ley wick bury ton combe field by thorpe mouth bridge stead worth ham well gate moor dale hurst den'.split(' ');
const PLACE_PREFIXES = ['', 'North ', 'South ', 'Upper ', 'Lower ', 'Great ', 'Little ', 'East ', 'West '];

/** ~8,000 invented place names: the long tail of rare words. */
export const PLACES: string[] = PLACE_PREFIXES.flatMap((prefix) => PLACE_HEADS.flatMap((head) => PLACE_TAILS.map((tail) => `${prefix}${head}${tail}`)));

export const FIRST_NAMES = {
  f: 'Abigail Bethan Carys Delphine Eleri Fenella Georgina Harriet Imogen Juliet Keziah Lavinia Marisol Niamh Ottilie Perpetua Rosalind Saoirse Tamsin Ursula Verity Winifred Yasmin Zinnia Anwen Briony Clemency Drusilla'.split(' '),
  m: 'Alasdair Barnaby Cormac Dorian Evander Fergus Gideon Horatio Ivo Jago Kit Lachlan Magnus Ned Orlando Peregrine Quentin Rufus Somerled Tobias Ulric Valentine Wilfred Xavier Yorick Zebedee Ambrose Benedict'.split(' '),
};

export const SURNAMES = (
  'Ashdown-Pryce Blakemere Cottingley Dunstable-Reeve Everleigh Fairweather Gallimore Hawkridge Ingleby Jessamy Kettlewell ' +
  'Lockhart-Vane Merriweather Netherby Oldcastle Pemberton-Hale Quarrington Ravenhill Stourbridge Thistlewood Underhill ' +
  'Vellacott Whitlock-Marsh Yardley-Croft Ambleside Brightwater Carrowmore Daventree Elmstead Foxhollow Greysteel Harrowgate ' +
  'Ivybridge Juniper Kingsmere Larkspur Marchbank Northcote-Lyle Orchardson Penhallow Quillfeather Rosethorn Saltmarsh ' +
  'Tillingham Upperton Wainfleet Wyndcliffe Ashgrove Bellhaven Coldharbour Drummondsley Eastbrook Fellgate Glenister'
).split(/\s+/);

/** Demo news outlets: plainly fictional names. */
export const OUTLETS = [
  { name: 'The Demo Dispatch', host: 'demo-dispatch.invalid' },
  { name: 'Northern Example Herald', host: 'northern-example-herald.invalid' },
  { name: 'Sample Street Gazette', host: 'sample-street-gazette.invalid' },
  { name: 'Westminster Placeholder Review', host: 'westminster-placeholder-review.invalid' },
  { name: 'Fictional Times', host: 'fictional-times.invalid' },
];

/** Counterparts for bilateral and multilateral meetings (countries, not people). */
export const COUNTRIES = [
  ['France', 'French'], ['Germany', 'German'], ['Italy', 'Italian'], ['Spain', 'Spanish'], ['Poland', 'Polish'],
  ['Netherlands', 'Dutch'], ['Norway', 'Norwegian'], ['Sweden', 'Swedish'], ['Ireland', 'Irish'], ['Canada', 'Canadian'],
  ['Japan', 'Japanese'], ['Australia', 'Australian'], ['Denmark', 'Danish'], ['Finland', 'Finnish'], ['Estonia', 'Estonian'],
] as const;

export const CAPITALS: Record<string, string> = {
  France: 'Paris', Germany: 'Berlin', Italy: 'Rome', Spain: 'Madrid', Poland: 'Warsaw', Netherlands: 'The Hague',
  Norway: 'Oslo', Sweden: 'Stockholm', Ireland: 'Dublin', Canada: 'Ottawa', Japan: 'Tokyo', Australia: 'Canberra',
  Denmark: 'Copenhagen', Finland: 'Helsinki', Estonia: 'Tallinn',
};

/** Invented organisations: "<place> <sector> <kind>". */
export const ORGANISATION_SECTORS = 'Energy Water Aerospace Health Housing Rail Digital Farming Care Learning Maritime Justice'.split(' ');
export const ORGANISATION_KINDS = 'Group Trust Partnership Alliance Federation Ltd Association Network'.split(' ');
