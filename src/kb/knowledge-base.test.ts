import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aliasKeys, builtIn, holderNames, roleTitlesAt } from './testing.js';

// --- aliases: case, accents, apostrophes, al-/Al variants ---
test('full name', () => assert.deepEqual(aliasKeys('Antony Blinken'), ['antony-blinken']));
test('alias', () => assert.deepEqual(aliasKeys('Tony Blinken'), ['antony-blinken']));
test('case-insensitive', () => assert.deepEqual(aliasKeys('ANTONY BLINKEN'), ['antony-blinken']));
test('diacritics', () => assert.deepEqual([aliasKeys('Erdogan'), aliasKeys('Erdoğan')], [['recep-tayyip-erdogan'], ['recep-tayyip-erdogan']]));
test('apostrophe variants', () => assert.deepEqual([aliasKeys("Gideon Sa'ar"), aliasKeys('Gideon Sa’ar'), aliasKeys('Gideon Saar')], [['gideon-saar'], ['gideon-saar'], ['gideon-saar']]));
test('al- and Al variants', () => assert.deepEqual([aliasKeys('Khalil al-Hayya'), aliasKeys('Khalil Al Hayya'), aliasKeys('Khalil Al-Hayya')], [['khalil-al-hayya'], ['khalil-al-hayya'], ['khalil-al-hayya']]));
test('el-Sisi and al-Sisi', () => assert.deepEqual([aliasKeys('Abdel Fattah el-Sisi'), aliasKeys('Abdel Fattah al-Sisi')], [['abdel-fattah-el-sisi'], ['abdel-fattah-el-sisi']]));
test('Zelensky and Zelenskyy', () => assert.deepEqual([aliasKeys('Zelensky'), aliasKeys('Volodymyr Zelensky')], [['volodymyr-zelenskyy'], ['volodymyr-zelenskyy']]));
test('nickname', () => assert.deepEqual([aliasKeys('Bibi'), aliasKeys('Hemedti')], [['benjamin-netanyahu'], ['mohamed-hamdan-dagalo']]));
test('possessive', () => assert.deepEqual(aliasKeys("Netanyahu's"), ['benjamin-netanyahu']));
test('Muhammad spelling', () => assert.deepEqual(aliasKeys('Muhammad bin Salman'), ['mohammed-bin-salman']));
test('organization acronym', () => assert.deepEqual(aliasKeys('UNRWA'), ['unrwa']));
test('place alias', () => assert.deepEqual(aliasKeys('U.S.'), ['united-states']));
test('match kinds are reported', () => assert.deepEqual(builtIn().findMatches('Blinken').map((m) => m.kind), ['shortName']));

// --- one identity per person: Miller vs Miller ---
test('Matthew Miller is only the spokesperson', () => assert.deepEqual(aliasKeys('Matthew Miller'), ['matthew-miller']));
test('Aaron David Miller is only the analyst', () => assert.deepEqual(aliasKeys('Aaron David Miller'), ['aaron-david-miller']));
test('the surname alone is ambiguous, never merged', () => assert.deepEqual(aliasKeys('Miller').sort(), ['aaron-david-miller', 'matthew-miller']));
test('roles tell the Millers apart', () => assert.deepEqual([roleTitlesAt('matthew-miller', '2024-05-01'), roleTitlesAt('aaron-david-miller', '2024-05-01')], [['State Department Spokesperson, United States'], ['Senior Fellow, Carnegie Endowment for International Peace']]));
test('the Sinwar brothers stay apart', () => assert.deepEqual(aliasKeys('Sinwar').sort(), ['mohammed-sinwar', 'yahya-sinwar']));

// --- ids ---
test('byId', () => assert.equal(builtIn().byId('Q43723')?.name, 'Benjamin Netanyahu'));
test('byId miss', () => assert.equal(builtIn().byId('Q1'), undefined));
test('byKey', () => assert.equal(builtIn().byKey('marco-rubio')?.id, 'Q324546'));

// --- holdersOf ---
test('Secretary of State on 2024-05-01 is Blinken', () => assert.deepEqual(holderNames('Secretary of State', 'United States', '2024-05-01'), ['Antony Blinken']));
test('Secretary of State on 2025-02-01 is Rubio', () => assert.deepEqual(holderNames('Secretary of State', 'United States', '2025-02-01'), ['Marco Rubio']));
test('Secretary of State on 2019-06-01 is Pompeo', () => assert.deepEqual(holderNames('Secretary of State', 'United States', '2019-06-01'), ['Mike Pompeo']));
test('a title alias and a country alias', () => assert.deepEqual(holderNames('top US diplomat', 'US', '2023-03-01'), ['Antony Blinken']));
test('a Wikidata id as country', () => assert.deepEqual(holderNames('Prime Minister', 'Q801', '2022-08-01'), ['Yair Lapid']));
test('acting holders come last', () => assert.deepEqual(builtIn().holdersOf('National Security Advisor', 'United States', '2025-06-01').map((h) => [h.entity.name, h.role.acting === true]), [['Marco Rubio', true]]));
test('an organization as of', () => assert.deepEqual(holderNames('Chairman of the Political Bureau', 'Hamas', '2024-09-01'), ['Yahya Sinwar']));
test('a handover day returns both presidents', () => assert.deepEqual(holderNames('President', 'United States', '2025-01-20').sort(), ['Donald Trump', 'Joe Biden']));
test('nobody before the data', () => assert.deepEqual(holderNames('Secretary of State', 'United States', '1990-01-01'), []));
test('session 16 office holders of the Ukraine and Sudan talks', () => {
  assert.deepEqual(holderNames('Prime Minister', 'Ukraine', '2025-08-01'), ['Yulia Svyrydenko']);
  assert.deepEqual(holderNames('Prime Minister', 'Ukraine', '2024-08-01'), ['Denys Shmyhal']);
  assert.deepEqual(holderNames('Minister of Defence', 'Ukraine', '2025-09-01'), ['Denys Shmyhal']);
  assert.deepEqual(holderNames('Deputy Chairman of the Transitional Sovereignty Council', 'Sudan', '2024-03-01'), ['Malik Agar']);
  assert.deepEqual(holderNames('Chairman of the Presidential Council', 'Government of Peace and Unity', '2025-10-01'), ['Mohamed Hamdan Dagalo']);
  assert.deepEqual(holderNames('Head of the Main Directorate of the General Staff', 'Russia', '2025-05-16'), ['Igor Kostyukov']);
});
test('the RSF-led government\'s prime minister is not Sudan\'s', () => assert.deepEqual(holderNames('Prime Minister', 'Sudan', '2025-09-20'), ['Kamil Idris']));
test('"Special Envoy for Peace Missions" names Witkoff\'s office', () => assert.deepEqual(holderNames('Special Envoy for Peace Missions', 'United States', '2026-01-21'), ['Steve Witkoff']));
test('a bad day is refused', () => assert.throws(() => builtIn().holdersOf('President', 'United States', '2024-05'), RangeError));

// --- rolesAt: Netanyahu ---
test('Netanyahu was prime minister on 2020-06-01', () => assert.ok(roleTitlesAt('benjamin-netanyahu', '2020-06-01').includes('Prime Minister, Israel')));
test('Netanyahu was not prime minister on 2022-06-01', () => assert.ok(!roleTitlesAt('benjamin-netanyahu', '2022-06-01').includes('Prime Minister, Israel')));
test('Netanyahu led the opposition on 2022-06-01', () => assert.ok(roleTitlesAt('benjamin-netanyahu', '2022-06-01').includes('Leader of the Opposition, Israel')));
test('Netanyahu is prime minister again in 2024', () => assert.ok(roleTitlesAt('benjamin-netanyahu', '2024-05-01').includes('Prime Minister, Israel')));
test('Bennett was prime minister on 2022-06-01', () => assert.deepEqual(holderNames('Prime Minister', 'Israel', '2022-06-01'), ['Naftali Bennett']));
test('rolesAt by Wikidata id', () => assert.ok(builtIn().rolesAt('Q43723', '2020-06-01').length > 0));
test('rolesAt for an unknown key', () => assert.deepEqual(builtIn().rolesAt('nobody-here', '2020-06-01'), []));

// --- descriptions ---
test('a description finds Hamas', () => assert.deepEqual(builtIn().findByDescription('the Islamist movement').map((e) => e.key), ['hamas']));
test('descriptions are not aliases', () => assert.deepEqual(aliasKeys('the Islamist movement'), []));

// --- title index ---
test('title aliases written once reach every holder', () => assert.ok(builtIn().byKey('marco-rubio')!.roles[0]!.titleAliases!.includes('top US diplomat')));
test('title lookup ignores a leading "the"', () => assert.deepEqual(builtIn().titleIndex.lookup('the top US diplomat').map((t) => t.title), ['Secretary of State']));
test('title lookup', () => assert.deepEqual(builtIn().titleIndex.lookup('top U.S. diplomat').map((t) => `${t.title}|${t.of}`), ['Secretary of State|United States']));
test('a generic title names several countries', () => assert.ok(builtIn().titleIndex.lookup('President').length >= 5));
test('titles in text with offsets', () => {
  const text = "The top US diplomat met Israel's defense minister and the UN chief; Hamas's political chief replied.";
  const found = builtIn().titleIndex.findIn(text).map((m) => [m.text, m.titles.map((t) => t.title).join('/')]);
  assert.deepEqual(found, [
    ['top US diplomat', 'Secretary of State'],
    ["Israel's defense minister", 'Minister of Defense'],
    ['the UN chief', 'Secretary-General'],
    ["Hamas's political chief", 'Chairman of the Political Bureau'],
  ]);
});
test('title offsets cover the text', () => {
  const text = 'said Mossad chief David Barnea';
  const [m] = builtIn().titleIndex.findIn(text);
  assert.equal(text.slice(m!.start, m!.end), 'Mossad chief');
});
test('the top US diplomat resolves to the Secretary of State of the day', () => {
  const [title] = builtIn().titleIndex.lookup('top US diplomat');
  assert.deepEqual(holderNames(title!.title, title!.of, '2025-03-01'), ['Marco Rubio']);
});

// --- Horn of Africa and Great Lakes offices (session 12) ---
test('Ethiopia\'s prime minister in 2024 is Abiy Ahmed', () => assert.deepEqual(holderNames('Ethiopian prime minister', 'Ethiopia', '2024-05-01'), ['Abiy Ahmed']));
test('Ethiopia\'s foreign minister before and after October 2024', () => {
  assert.deepEqual(holderNames('Minister of Foreign Affairs', 'Ethiopia', '2024-05-01'), ['Taye Atske Selassie']);
  assert.deepEqual(holderNames('Minister of Foreign Affairs', 'Ethiopia', '2024-11-15'), ['Gedion Timothewos']);
});
test('DRC and Rwanda heads of state and foreign ministers in 2025', () => {
  assert.deepEqual(holderNames('President', 'DRC', '2025-06-19'), ['Félix Tshisekedi']);
  assert.deepEqual(holderNames('Minister of Foreign Affairs', 'DR Congo', '2025-06-19'), ['Thérèse Kayikwamba Wagner']);
  assert.deepEqual(holderNames('President', 'Rwanda', '2025-06-19'), ['Paul Kagame']);
  assert.deepEqual(holderNames('Minister of Foreign Affairs', 'Rwanda', '2025-06-19'), ['Olivier Nduhungirehe']);
});
test('Eritrea, South Sudan and Kenya heads of state', () => {
  assert.deepEqual(holderNames('President', 'Eritrea', '2024-05-01'), ['Isaias Afwerki']);
  assert.deepEqual(holderNames('President', 'South Sudan', '2022-05-01'), ['Salva Kiir']);
  assert.deepEqual(holderNames('President', 'Kenya', '2024-05-01'), ['William Ruto']);
});
test('the AU Commission chair changes in 2025; IGAD\'s executive secretary', () => {
  assert.deepEqual(holderNames('AU Commission chairperson', 'African Union', '2024-05-01'), ['Moussa Faki Mahamat']);
  assert.deepEqual(holderNames('Chairperson of the African Union Commission', 'AU', '2025-06-01'), ['Mahmoud Ali Youssouf']);
  assert.deepEqual(holderNames('Executive Secretary', 'IGAD', '2024-05-01'), ['Workneh Gebeyehu']);
});
test('Sudan\'s prime minister from June 2025', () => assert.deepEqual(holderNames('Prime Minister', 'Sudan', '2025-07-01'), ['Kamil Idris']));
test('Britain\'s health secretary before and after the July 2024 election', () => {
  assert.deepEqual(holderNames('Health Secretary', 'UK', '2025-10-01'), ['Wes Streeting']);
  assert.deepEqual(holderNames('Secretary of State for Health and Social Care', 'United Kingdom', '2024-03-01'), ['Victoria Atkins']);
});
test('the RSF\'s deputy commander is Hemedti\'s brother, not Hemedti', () => assert.deepEqual(holderNames('RSF deputy commander', 'Rapid Support Forces', '2023-09-06'), ['Abdel Rahim Hamdan Dagalo']));
