/**
 * The departments demo questions go to: real names and Parliament answering-body ids (public facts),
 * with the subjects their questions are about. Order matters: earlier departments get more questions
 * (Zipf), as health and the Home Office do in reality.
 */
export interface DemoDepartmentSpec {
  parliamentId: number;
  name: string;
  shortName: string;
  slug: string;
  /** Who Commons questions are addressed to: "To ask the Secretary of State for Defence, …". */
  addressee: string;
  /** Headings' first part, most asked first. */
  subjects: string[];
  /** Demo topics for this department: [name, subjects that belong to it]. */
  topics: [string, string[]][];
}

export const DEMO_DEPARTMENTS: DemoDepartmentSpec[] = [
  {
    parliamentId: 17,
    name: 'Department of Health and Social Care',
    shortName: 'DHSC',
    slug: 'department-of-health-and-social-care',
    addressee: 'Secretary of State for Health and Social Care',
    subjects: ['NHS', 'Hospitals', 'Mental Health Services', 'General Practitioners', 'Dental Services', 'Social Care', 'Cancer', 'Ambulance Services', 'Maternity Services', 'Prescriptions', 'Vaccination', 'Dementia', 'Pharmacy', 'Autism'],
    topics: [['NHS waiting times', ['NHS', 'Hospitals', 'Cancer', 'Ambulance Services']], ['Access to dentistry', ['Dental Services']], ['Adult social care', ['Social Care', 'Dementia']]],
  },
  {
    parliamentId: 1,
    name: 'Home Office',
    shortName: 'Home Office',
    slug: 'home-office',
    addressee: 'Secretary of State for the Home Department',
    subjects: ['Asylum', 'Police', 'Immigration', 'Visas', 'Knife Crime', 'Fraud', 'Antisocial Behaviour', 'Border Force', 'Fire and Rescue Services', 'Drugs', 'Shoplifting', 'Counter-terrorism'],
    topics: [['Asylum accommodation', ['Asylum']], ['Neighbourhood policing', ['Police', 'Antisocial Behaviour', 'Shoplifting']]],
  },
  {
    parliamentId: 60,
    name: 'Department for Education',
    shortName: 'DfE',
    slug: 'department-for-education',
    addressee: 'Secretary of State for Education',
    subjects: ['Schools', 'Special Educational Needs', 'Teachers', 'Childcare', 'Further Education', 'Apprenticeships', 'Free School Meals', 'Pupils', 'School Buildings', 'Universities'],
    topics: [['Special educational needs provision', ['Special Educational Needs']], ['School buildings', ['School Buildings']]],
  },
  {
    parliamentId: 14,
    name: 'HM Treasury',
    shortName: 'HM Treasury',
    slug: 'hm-treasury',
    addressee: 'Chancellor of the Exchequer',
    subjects: ['Income Tax', 'Public Finance', 'VAT', 'Pensions', 'Banks', 'Inheritance Tax', 'Fuel Duty', 'Business Rates', 'Investment', 'Cost of Living'],
    topics: [['Cost of living', ['Cost of Living', 'Fuel Duty']]],
  },
  {
    parliamentId: 11,
    name: 'Ministry of Defence',
    shortName: 'MoD',
    slug: 'ministry-of-defence',
    addressee: 'Secretary of State for Defence',
    subjects: ['Armed Forces', 'Defence Equipment', 'Veterans', 'Military Bases', 'Army', 'Warships', 'Royal Air Force', 'Reserve Forces', 'Military Aircraft', 'Defence Industry', 'NATO', 'Ukraine'],
    topics: [['Armed forces housing', ['Military Bases', 'Armed Forces']], ['Veterans’ welfare', ['Veterans']]],
  },
  {
    parliamentId: 208,
    name: 'Foreign, Commonwealth and Development Office',
    shortName: 'FCDO',
    slug: 'foreign-commonwealth-and-development-office',
    addressee: 'Secretary of State for Foreign, Commonwealth and Development Affairs',
    subjects: ['Overseas Aid', 'Sudan', 'Gaza', 'Ukraine', 'Consular Services', 'Human Rights', 'Sanctions', 'Diplomatic Service', 'Embassies', 'Climate Finance'],
    topics: [['Humanitarian aid', ['Overseas Aid', 'Sudan', 'Gaza']]],
  },
  {
    parliamentId: 13,
    name: 'Department for Environment, Food and Rural Affairs',
    shortName: 'DEFRA',
    slug: 'department-for-environment-food-and-rural-affairs',
    addressee: 'Secretary of State for Environment, Food and Rural Affairs',
    subjects: ['Water Companies', 'Sewage', 'Farmers', 'Flood Control', 'Animal Welfare', 'Air Pollution', 'Fisheries', 'Recycling', 'Agriculture', 'Trees', 'Incinerators', 'Bovine Tuberculosis'],
    topics: [['Sewage discharges', ['Sewage', 'Water Companies']], ['Flood resilience', ['Flood Control']]],
  },
  {
    parliamentId: 54,
    name: 'Ministry of Justice',
    shortName: 'MoJ',
    slug: 'ministry-of-justice',
    addressee: 'Secretary of State for Justice',
    subjects: ['Prisons', 'Courts', 'Probation', 'Legal Aid', 'Sentencing', 'Tribunals', 'Victims', 'Youth Custody', 'Coroners'],
    topics: [['Prison capacity', ['Prisons', 'Sentencing']], ['Court backlogs', ['Courts', 'Tribunals']]],
  },
  {
    parliamentId: 215,
    name: 'Department for Energy Security and Net Zero',
    shortName: 'DESNZ',
    slug: 'department-for-energy-security-and-net-zero',
    addressee: 'Secretary of State for Energy Security and Net Zero',
    subjects: ['Energy Bills', 'Solar Power', 'Wind Power', 'Heat Pumps', 'Nuclear Power', 'Electricity Networks', 'Home Insulation', 'Fuel Poverty', 'Carbon Capture'],
    topics: [['Energy bills', ['Energy Bills', 'Fuel Poverty']]],
  },
  {
    parliamentId: 7,
    name: 'Ministry of Housing, Communities and Local Government',
    shortName: 'MHCLG',
    slug: 'ministry-of-housing-communities-and-local-government',
    addressee: 'Secretary of State for Housing, Communities and Local Government',
    subjects: ['Housing', 'Local Government Finance', 'Planning', 'Social Housing', 'Homelessness', 'Leasehold', 'Building Safety', 'Private Rented Housing', 'Council Tax'],
    topics: [['Homelessness', ['Homelessness']], ['Building safety', ['Building Safety']]],
  },
  {
    parliamentId: 216,
    name: 'Department for Science, Innovation and Technology',
    shortName: 'DSIT',
    slug: 'department-for-science-innovation-and-technology',
    addressee: 'Secretary of State for Science, Innovation and Technology',
    subjects: ['Artificial Intelligence', 'Broadband', 'Mobile Phones', 'Research', 'Cybersecurity', 'Online Safety', 'Data Protection', 'Semiconductors'],
    topics: [['Artificial intelligence', ['Artificial Intelligence']], ['Rural broadband', ['Broadband', 'Mobile Phones']]],
  },
  {
    parliamentId: 217,
    name: 'Department for Culture, Media and Sport',
    shortName: 'DCMS',
    slug: 'department-for-culture-media-and-sport',
    addressee: 'Secretary of State for Culture, Media and Sport',
    subjects: ['Sports', 'Museums and Galleries', 'BBC', 'Tourism', 'Gambling', 'Arts', 'Libraries', 'Football'],
    topics: [['Gambling harms', ['Gambling']]],
  },
  {
    parliamentId: 53,
    name: 'Cabinet Office',
    shortName: 'Cabinet Office',
    slug: 'cabinet-office',
    addressee: 'Chancellor of the Duchy of Lancaster',
    subjects: ['Civil Service', 'Government Procurement', 'Public Appointments', 'Elections', 'Freedom of Information', 'Resilience'],
    topics: [['Civil service reform', ['Civil Service']]],
  },
];

/** The junior posts every department has besides its Secretary of State. */
export const JUNIOR_POSTS = ['Minister of State', 'Parliamentary Under-Secretary of State'] as const;
export const LORDS_POST = 'Parliamentary Under-Secretary of State (Lords)';

/** The Secretary of State's title for a department ("Secretary of State for Defence", "Chancellor of the Exchequer"). */
export function secretaryOfStateTitle(spec: DemoDepartmentSpec): string {
  return spec.addressee === 'Secretary of State for the Home Department' ? 'Home Secretary' : spec.addressee;
}
