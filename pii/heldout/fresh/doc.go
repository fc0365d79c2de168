// Package fresh generates an evaluation corpus of free text with person names
// and postal addresses in Chinese, German and US English, written without
// looking at the detector or at the project's earlier corpora, so that the
// score on it says how the detector does on text it was not tuned on.
//
// Generate(seed, n) cycles zh, de, en and picks a document kind at random for
// each: CRM notes, insurance claims, delivery-driver notes, order exports (CSV
// with quoted fields; semicolon-separated in German), JSON payloads (snake_case
// and camelCase keys, flat and nested), customer reviews, CVs, school
// enrolment forms, wedding invitations, police incident reports, tenant
// complaints, WhatsApp/WeChat exports, e-mail threads with quoted replies and
// signatures, Markdown meeting notes, HTML snippets, address labels (some in
// capitals), key=value log lines and negative-only notices.
//
// Name pools come from general knowledge of frequency: the commonest US given
// names and Census surnames plus apostrophe, Mc/Mac, particle and hyphenated
// forms, middle initials and Jr./III suffixes, and pinyin names; German first
// names across generations, the commonest surnames, Turkish and Polish
// surnames, double-barrelled names and von/zu particles (the particle is part
// of the name); Chinese surnames weighted towards the ten commonest, compound
// surnames (欧阳, 司马, …) and given names of one and two characters.
// Addresses use real city/postcode pairs, USPS street suffixes beyond the
// common ones (Pike, Xing, Flats, Corners, Trce, …), unit designators (Apt,
// Ste, Unit, #, Fl, Rm, Lot, Spc), PO boxes and ZIP+4; German house numbers
// with letters and ranges (12a, 12–14), floor notes, "D-" postcodes, Postfach,
// Austrian and Swiss four-digit postcodes and c/o lines; Chinese addresses
// starting at province, city or district, rural county/town/village/group
// addresses, 弄 lanes, 栋/座/号楼/幢, 单元 and 室, and traditional-script
// Taiwan and Hong Kong addresses.
//
// Labels follow fixed rules. A name is the person's name without title,
// salutation or honorific ("Herr Müller" labels "Müller", "王芳女士" labels
// "王芳"); a given name alone is a name; "Family, Given" is one span; separate
// first/last fields are separate spans; names inside e-mail addresses and
// handles are not labelled; nicknames built from a surname (小王, 老李) are
// not real names and are not labelled. An address runs from the
// street, PO box/Postfach or first administrative division written to the ZIP
// code, city or room, including unit, floor and building; country, "香港" and a
// Chinese postcode stay outside; an address block over several lines is one
// span (in a quoted e-mail reply the "> " markers between its lines fall
// inside it); the recipient's name line and c/o line are names, not address.
// Where an address is split over fields (JSON street/postcode/city keys), only
// the street-and-number field is labelled: a city or postcode alone is not an
// address.
//
// Hard negatives, never labelled: companies and products named after people
// (Dr. Oetker, Robert Bosch GmbH, Charles Schwab, Jack Daniel's, 李宁, 王老吉,
// 周大福), places and streets named after people without a house number
// (Lincoln Park, der Goethestraße, 中山公园), schools named after people, and
// ordinary words that are also names (bill, will, May, Grant; Koch, Fischer,
// Winter, Schwarz, Klein).
package fresh
