// Package unsaid generates a fifth blind labelled corpus of person names
// and postal addresses in zh, de and en free text, to measure the pii
// detector on text it was never tuned on.
//
// It was written without reading the detector, its lexicons or any other
// corpus (pii/corpus and the other pii/heldout sets); only the types Doc
// and Span, the locale constants and the labelling rules of package
// heldout were read. Its name and street pools, its kinds of document and
// its hard negatives are its own. It must be scored once, as it is, and
// never tuned on: a detector changed after reading its misses is no longer
// measured by it.
//
// Generate cycles zh, de and en, so each locale gets a third, and is the
// same for the same seed. About a fifth of documents carry hard negatives
// only. Labels are recorded by construction, as the text is appended,
// never found by searching afterwards.
//
// Kinds of document:
//   - en: library hold slip, voter roll excerpt, race results, nursing
//     shift handover (SBAR), police blotter, property insurance claim,
//     tax preparer intake notes (Markdown), wedding registry (JSON),
//     genealogy forum post, warranty registration (XML), bank remittance
//     log (ALL CAPS), lobby intercom log, sports club roster (YAML),
//     scanned postcard (OCR noise); negatives only: business directory,
//     school trip/awards notice, traffic report.
//   - de: Meldeschein, Personalausweis-Antrag, Kfz-Zulassungsbescheinigung
//     (ALL CAPS), Schornsteinfeger-Termin, Leserbrief, Stammbaum
//     (Markdown, geb.), Kleinanzeige, Zählerablesung (semicolon CSV),
//     Mannschaftsaufstellung (YAML), Pfarrbrief, Überweisungsprotokoll,
//     Laufergebnisse (table), Pflegeübergabe, Postkarte (OCR noise);
//     negatives only: Branchenbuch, Wanderbericht, Preisverleihung.
//   - zh: 物业缴费通知, 居委会通知, 医院挂号单, 驾校报名表 (Markdown table),
//     家长群消息, 二手交易帖, 不动产权证书摘录, 车辆年检通知, 志愿者名单 (CSV),
//     社保转移申请 (JSON), 图书馆预约单, 马拉松成绩证书, 保险理赔表;
//     negatives only: 商场促销, 出行提示, 工作群闲聊.
//
// Labelling rules:
//   - a name is the person's name without title, salutation or honorific
//     ("Frau Kaya" labels "Kaya", "魏先生" labels "魏", "芳阿姨" labels
//     "芳", "石老师" labels "石"); a given name alone or a surname alone
//     that refers to a person is a name; "Surname, Given" is one span;
//     separate surname and given-name fields are separate spans; a birth
//     name after "geb." or "née" and a Geburtsname field are their own
//     spans;
//   - not names: handles (@nowakroots), nicknames built from a surname
//     (小王, 老李), companies, brands and products named after people
//     (Wells Fargo, Dr. Oetker, Sanitär Koch, 李宁, 王老吉), places,
//     schools and streets named after people without a house number
//     (Lincoln Elementary, Karl-Marx-Allee, 中山公园), prizes, and ordinary
//     words that are also names (hope, Will, Winter, Fuchs the animal,
//     高峰);
//   - an address runs from the street, PO box, rural route or Postfach
//     (zh: the first administrative division written) to the ZIP code,
//     city or room, with unit, floor and building notes; a block over
//     several lines is one span (on the scanned postcards that includes
//     the margin marks between its lines); a street with a house number
//     alone is an address; where street and postcode/city are separate
//     form fields only the street is labelled; a city alone is not an
//     address.
package unsaid
