#!/usr/bin/env node
/*
 * Makes the differential cases for src/util/plural.c: for each word, what the
 * real npm `pluralize` (the package the Amplify model generator names
 * pluralName with) gives for plural() and singular().
 *
 *   node scripts/gen-plural-cases.js [--builtin] [--select N] [FILE...]
 *
 * Output, on stdout: a '#' header line naming the pluralize version, then
 * `word<TAB>plural<TAB>singular` per word, in input order, each word once.
 *
 *   FILE...     word lists, one word a line ('-' is stdin). With no FILE and
 *               no --builtin, words are read from stdin. Lines starting with
 *               '#', empty lines and words holding a tab or CR are skipped.
 *   --builtin   add this script's own words: model-like names, the words
 *               pluralize treats specially, and each of them in several
 *               casings and compounds (see `builtinWords`).
 *   --select N  from FILE words keep at most N per behaviour bucket (the
 *               word's last three letters, and how plural() and singular()
 *               change its end), so a large dictionary yields a small list
 *               that still exercises every kind of change it contains.
 *
 * The module comes from $PLURALIZE_MODULE (a path to the package directory,
 * e.g. /tmp/amp/node_modules/pluralize), else require('pluralize').
 *
 * How tests/util/plural_cases.tsv was made:
 *   PLURALIZE_MODULE=/tmp/amp/node_modules/pluralize node scripts/gen-plural-cases.js \
 *     --builtin --select 2 /usr/share/dict/american-english > tests/util/plural_cases.tsv
 * (Debian's wamerican package.) To re-check the committed words against
 * another pluralize: cut -f1 tests/util/plural_cases.tsv | grep -v '^#' |
 * node scripts/gen-plural-cases.js
 */
'use strict';

const fs = require('fs');
const path = require('path');

const modulePath = process.env.PLURALIZE_MODULE || 'pluralize';
const pluralize = require(modulePath);
let version = 'unknown';
try {
  const dir = process.env.PLURALIZE_MODULE
    ? path.resolve(process.env.PLURALIZE_MODULE)
    : path.dirname(require.resolve('pluralize/package.json'));
  version = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
} catch (e) {
  /* the version is only informative */
}

/* ---- arguments ------------------------------------------------------------ */

let builtin = false;
let select = 0;
const files = [];
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--builtin') builtin = true;
  else if (argv[i] === '--select') select = parseInt(argv[++i], 10);
  else if (argv[i] === '--help' || argv[i] === '-h') {
    process.stdout.write('usage: gen-plural-cases.js [--builtin] [--select N] [FILE...]\n');
    process.exit(0);
  } else files.push(argv[i]);
}
if (!builtin && files.length === 0) files.push('-');
if (!(select >= 0)) {
  process.stderr.write('--select needs a number\n');
  process.exit(2);
}

function readWords(file) {
  const text = fs.readFileSync(file === '-' ? 0 : file, 'utf8');
  return text.split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.length && l[0] !== '#' && !/[\t\r]/.test(l));
}

/* ---- this script's own words ------------------------------------------------ */

/* Names a schema might use, and words chosen for each kind of ending. */
const BASE = `
User Post Comment Blog Todo Task Project Team Member Organization Company
Address Order OrderItem Product Category Inventory Invoice Payment Customer
Employee Account Session Message Thread Channel Reply Reaction Like Follow Tag
PostTag PostTags StoreBranch UserProfile Everything Nothing Something Image
Photo Video Album File Document Note Event Calendar Schedule Appointment
Booking Reservation Ticket Issue Story Activity History Entry Query Policy
Property Facility City Country Currency Key Survey Day Boy Toy Guy Journey
Setting Settings Preference Permission Role Group Profile Notification
Subscription Plan Price Discount Coupon Cart Shipment Delivery Warehouse
Supplier Vendor Review Rating Vote Poll Answer Question Quiz Lesson Course
Student Teacher Classroom Grade Score Game Player Match Tournament League
Season Episode Movie Show Song Artist Playlist Book Author Library Chapter
Page Section Article Feed Item Link Bookmark Attachment Upload Asset Log
Audit Metric Report Dashboard Widget Device Sensor Reading Location Region
Zone Area Site Building Room Floor Desk Vehicle Driver Trip Route Stop Fare
Patient Doctor Nurse Clinic Prescription Diagnosis Treatment Symptom Allergy
Recipe Ingredient Menu Dish Restaurant Table Seat Waiter Bus Campus Status
Address Business Class Boss Glass Pass Kiss Process Access Success Progress

Box Fox Tax Fax Index Vertex Matrix Appendix Codex Suffix Prefix Complex Annex
Apex Cortex Helix Latex Reflex Simplex Duplex Murex Silex Radix Phoenix Remix
Mix Fix Vortex Ibex Regex Multiplex Convex Sphinx Larynx Lynx Onyx Jinx Hex
Church Branch Match Watch Switch Batch Patch Stomach Epoch Monarch Tech Loch
Dish Wish Brush Crash Flash Hash Bush Fizz Buzz Quizz Waltz Blitz Topaz Quartz

Bus Campus Virus Bonus Census Corpus Focus Fungus Radius Nucleus Cactus
Stimulus Terminus Syllabus Alumnus Octopus Platypus Genus Viscus Opus Chorus
Circus Sinus Walrus Lotus Citrus Consensus Prospectus Apparatus Hiatus Impetus
Nexus Plexus Thesaurus Uterus Locus Stratus Bacillus Hippopotamus Abacus Fetus
Alias Atlas Gas Canvas Bias Texas Christmas Pancreas Ideas Lucas Thomas Dallas
Vegas Iris Chris Penis Tennis Trellis Marquis Clitoris Ibis Pelvis Elvis Aegis

Analysis Basis Crisis Diagnosis Thesis Axis Testis Synopsis Parenthesis
Emphasis Hypothesis Oasis Genesis Nemesis Prognosis Neurosis Psychosis
Metamorphosis Mitosis Osmosis Paralysis Ellipsis Antithesis Dialysis Sepsis

Criterion Phenomenon Automaton Organon Aphelion Perihelion Noumenon
Prolegomenon Polyhedron Hyperbaton Asyndeton Electron Neutron Proton Lemon
Person Salesperson Chairperson Spokesperson Persona People Salespeople

Datum Medium Stadium Museum Forum Curriculum Memorandum Millennium Symposium
Bacterium Stratum Quorum Ovum Addendum Erratum Desideratum Candelabrum Extremum
Podium Premium Spectrum Maximum Minimum Optimum Aquarium Auditorium Consortium
Gymnasium Sanatorium Crematorium Vacuum Serum Atrium Opium Helium Sodium

Data Metadata Agenda Media Criteria Phenomena Schema Dogma Lemma Stigma Stoma
Anathema Formula Antenna Alga Alumna Vertebra Larva Nebula Vita Quota Idea
Area Camera Drama Diploma Comma Karma Sauna Pizza Banana Extrema Strata Ova
Errata Candelabra Automata Millennia Addenda Bacteria Symposia Curricula Quora
Desiderata Organa Hedra Polyhedra Dilemma Enigma Magma Trauma Plasma Asthma

Hero Potato Tomato Photo Piano Video Radio Studio Zoo Kangaroo Echo Dingo
Volcano Tornado Torpedo Mango Memo Logo Zero Cargo Embargo Veto Domino
Mosquito Buffalo Ammo Audio Avocado Burrito Casino Combo Ego Lasso Motto Silo
Solo Tuxedo Canto Portfolio Scenario Ratio Folio Patio Cameo Rodeo Stereo
Tattoo Igloo Gecko Limbo Torso Halo Tempo Gusto Grotto Manifesto Ghetto
Stiletto Virtuoso Taco Nacho Macho Poncho Gaucho Espresso Negro Cello Repo Info
Superhero Heroes Potatoes Tomatoes Photos Echoes Avatar Halo Go Cargoes

Leaf Knife Wife Life Wolf Half Calf Shelf Self Elf Scarf Dwarf Wharf Hoof
Roof Proof Chief Belief Loaf Oaf Sheaf Thief Reef Cliff Staff Gulf Golf Turf
Surf Safe Giraffe Carafe Midwife Housewife Penknife Jackknife Afterlife
Nightlife Wildlife Lowlife Halflife Highlife Leaves Knives Wives Lives Wolves
Halves Calves Shelves Selves Elves Scarves Dwarves Wharves Hooves Loaves Oaves
Thieves Afterlives Halflives Highlives Lowlives Midlives Nonlives Nightlives
Eaves Carves Valves Grooves Curves Gloves Doves Stoves Olives Archives Drives
Slaves Waves Caves Knave Nerves Reserves Motives Objectives Natives

Baby City Fly Spy Ray Soliloquy Colloquy Party Entity Holiday Monday Alley
Money Honey Monkey Donkey Jockey Kidney Volley Valley Pulley Medley Smiley
Attorney Trolley Chimney Jersey Turkey Galley Parley Hockey Abbey Whiskey
Zombie Pixie Genie Cookie Pie Tie Lie Die Prairie Calorie Rookie Hippie
Hoodie Selfie Brownie Goalie Talkie Cutie Lassie Groupie Goonie Foodie Faerie
Collie Necktie Crosstie Movies Zombies Pixies Genies Cookies Pies Ties Lies
Monies Smilies Calories Rookies Goalies Talkies Cuties Lassies Groupies
Goonies Foodies Faeries Collies Neckties Crossties Cities Babies Stories
Categories Entries Queries Policies Properties Companies Replies Looey Looies

Man Woman Human Superman Chairman Fireman Salesman Policeman Workman German
Roman Shaman Caiman Talisman Ottoman Doberman Walkman Batman Omen Amen Semen
Specimen Abdomen Hymen Stamen Yemen Foreman Freshman Layman Men Women Humans
Superhuman Chairmen Germen Firemen Businessman Businesswoman Gentleman

Mouse Louse Titmouse House Spouse Blouse Grouse Dormouse Mice Lice Titmice
Dice Rice Price Slice Device Service Office Notice Invoice Justice Police
Advice Ice Spice Vice Mousepad Housemouse Fieldmouse

Person Child Children Ox Oxen Foot Feet Tooth Teeth Goose Geese Quizzes Axe
Axes Eave Passerby Passersby Pickaxe Pickaxes Proofs Carve Valve Groove Yes
Yeses Dingoes Volcanoes Tornadoes Torpedoes Genera Viscera Stigmata Stomata
Dogmata Lemmata Schemata Anathemata Thou You I We Me Us He She They Them It
Myself Ourselves Yourself Yourselves Itself Herself Himself Themself
Themselves Is Are Was Were Has Have This These That Those Grandchild
Stepchild Godchild Bigfoot Blackfoot Bluetooth Sabretooth Mongoose Toothbrush

Sheep Fish Deer Reindeer Swordfish Blowfish Angelfish Goldfish Catfish
Chinese Japanese Portuguese Vietnamese Cheese Geese Obese Measles Pox
Smallpox Chickenpox Famous Various Previous Pious Nous Curious Jealous
Pokemon Pokemons Pokémon Blackfish Muskox Redfish Selfish Fishes

Adulthood Advice Agenda Aid Aircraft Alcohol Ammo Analytics Anime Athletics
Audio Bison Blood Bream Buffalo Butter Carp Cash Chassis Chess Clothing Cod
Commerce Cooperation Corps Debris Diabetes Digestion Elk Energy Equipment
Excretion Expertise Firmware Flounder Fun Gallows Garbage Graffiti Hardware
Headquarters Health Herpes Highjinks Homework Housework Information Jeans
Justice Kudos Labour Literature Machinery Mackerel Mail Media Mews Moose Music
Mud Manga News Only Personnel Pike Plankton Pliers Police Pollution Premises
Rain Research Rice Salmon Scissors Series Sewage Shambles Shrimp Software
Species Staff Swine Tennis Traffic Transportation Trout Tuna Wealth Welfare
Whiting Wildebeest Wildlife Email Voicemail Rainfall Justices Gun Feedback

Alumni Alumnae Algae Vertebrae Seraph Seraphim Cherub Cherubim Emu Emus Menu
Menus Venue Gnu Tutu Guru Haiku Tofu Bureau Bureaux Plateau Plateaux Chateau
Chateaux Beau Beaux Tableau Tableaux Gateau Gateaux Radii Fungi Cacti Nuclei
Stimuli Termini Syllabi Bacilli Foci Uteri Loci Strati Indices Matrices
Vertices Codices Appendices Murices Silices Movies Twelves Abuses Tests Testes

Cat Dog Bird Tree Car House Phone Computer Keyboard Window Door Chair Lamp
Cup Plate Spoon Fork Bottle Bag Shoe Hat Coat Sock Shirt Ring Watch Clock
Pen Pencil Paper Letter Card Gift Toy Ball Kite Drum Bell Flag Map Star Moon
Sun Cloud River Lake Sea Ocean Island Mountain Hill Valley Forest Field Farm
Garden Flower Seed Fruit Apple Orange Grape Berry Cherry Strawberry Peach
Lemon Lime Melon Onion Carrot Bean Pea Nut Egg Bread Cake Pie Candy Sugar
`;

/* Already in one casing; they're not given the other casings below. */
const EXACT = `
URL ID API HTTP SKU UUID FAQ CPU GPU JSON XML SMS OS IOS DNS IP TLS SSL PDF
CSS HTML JWT ACL IAM KPI ETA QA BOX CHILD PERSON MOUSE OX CATEGORY STATUS
DATA SHEEP QUIZ INDEX MATRIX LEAF KNIFE HERO PHOTO GOOSE PEOPLE CHILDREN
URLs IDs APIs HTTPRequest HTTPResponse APIKey OAuthToken S3Object IPAddress
URLMapping SSLCertificate XMLDocument JSONBlob DNSRecord GPUInstance ACLEntry
FAQEntry SKUItem UUIDMap PDFFile HTMLPage CSSClass JWTClaim IAMRole KPIValue
iPhone eBay macOS iOS McDonald oAuth BoX bOx cHild PeRsOn mOUSE oX ChIlD
mySQL myBox myPerson xBox aWoman someIndex userMatrix bigOx bigOX BigOx
Item2 V1 Order66 Box3 3D 2FA H2O Covid19 X86 Model3 Person1 Child2 Mouse3
Leaf4 Status5 Data6 Sheep7 Quiz8 Index9 Matrix0 Version2 Http2 Ipv6 Mp3
Item_2 Box_ Person_ Child_ _Box _Person __typename _private _ __ ___
order_item line_item user_profile post_tag blog_post my_category store_branch
snake_case_box tax_status big_ox the_child a_person field_mouse house_mouse
ORDER_ITEM LINE_ITEM USER_PROFILE TAX_STATUS BIG_OX THE_CHILD FIELD_MOUSE
field-mouse house-mouse mother-in-law passer-by half-life after-life x-ray
e-mail mouse-pad titmouse-house low-lives night-lives non-lives mid-lives
-lives -lice -mice lice-comb mouse pad vice president the mouse my knives
`;

function casings(word) {
  const lower = word.toLowerCase();
  const title = lower.charAt(0).toUpperCase() + lower.slice(1);
  return [word, lower, title, word.toUpperCase(), 'User' + title, 'user_' + lower,
    'NEW' + word.toUpperCase(), 'my' + title];
}

function builtinWords() {
  const out = [];
  for (const w of BASE.split(/\s+/).filter(Boolean)) out.push(...casings(w));
  for (const w of EXACT.split('\n').flatMap((l) => l.split(/ +/)).filter(Boolean)) out.push(w);
  for (const w of ['mouse pad', 'vice president', 'the mouse', 'my knives']) out.push(w);
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    if (/[A-Za-z0-9_]/.test(ch)) out.push(ch, 'X' + ch, 'x' + ch);
  }
  return out;
}

/* ---- selecting from a big list -------------------------------------------- */

/* How `to` changes the end of `from`: "-y+ies", "+s", "=". */
function change(from, to) {
  if (from === to) return '=';
  let i = 0;
  while (i < from.length && i < to.length && from[i] === to[i]) i++;
  return '-' + from.slice(i) + '+' + to.slice(i);
}

function bucket(word, plural, singular) {
  return word.slice(-3).toLowerCase() + ' ' + change(word, plural) + ' ' + change(word, singular);
}

/* ---- output ------------------------------------------------------------------ */

const seen = new Set();
const lines = [];
function add(word) {
  if (seen.has(word)) return;
  seen.add(word);
  lines.push(word + '\t' + pluralize.plural(word) + '\t' + pluralize.singular(word));
}

if (builtin) builtinWords().forEach(add);
const perBucket = new Map();
for (const file of files) {
  for (const word of readWords(file)) {
    if (select > 0) {
      const key = bucket(word, pluralize.plural(word), pluralize.singular(word));
      const n = perBucket.get(key) || 0;
      if (n >= select) continue;
      perBucket.set(key, n + 1);
    }
    add(word);
  }
}

for (const l of lines) {
  if (/[\t\n\r]/.test(l.split('\t').slice(1).join(''))) {
    process.stderr.write('result holds a tab or newline: ' + JSON.stringify(l) + '\n');
    process.exit(1);
  }
}
process.stdout.write('# pluralize ' + version + ' via scripts/gen-plural-cases.js: word, plural(word), singular(word)\n');
process.stdout.write(lines.join('\n') + '\n');
