// Package unheard generates a blind labelled corpus of person names and
// postal addresses in free text, in Chinese (zh), German (de) and US
// English (en), to measure the pii detector on text it was never tuned on.
//
// It was written without reading the detector, its lexicons or any other
// corpus (pii/corpus and the other pii/heldout sets); only the Doc and Span
// types and the labelling rules of package heldout were read. Its name and
// street pools and its kinds of document are its own. Score it once and
// never tune on it: once the detector has been changed while looking at its
// misses, it measures nothing.
//
// Kinds of document (about a fifth of the documents come from the
// negative-only kinds, which carry hard negatives and no labels):
//
//	zh: 快递面单 (OCR), 户口迁移证明, 民事判决书摘要, 社区团购接龙, 招聘启事,
//	    租房合同, 寻人启事, 驿站取件短信, 学生成绩单 (Markdown), 会议签到表 (CSV),
//	    婚礼请柬, 讣告, 外卖订单 (JSON), 助学金申请表 (village addresses),
//	    访客登记 (English names in Chinese text); negative only: 菜单推荐,
//	    地铁公告, 城市随笔.
//	de: Mietvertrag, Hausordnung-Aushang, Elternbrief, Vereinsmitteilung
//	    (Markdown), Arbeitszeugnis, Handwerkerrechnung, Bußgeldbescheid (caps
//	    address block), Grundbuchauszug, Traueranzeige, Schulzeugnis-Kopf,
//	    Sitzungsplan des Amtsgerichts, Nachsendeauftrag (XML),
//	    Klingeltableau (OCR), Kita-Abholliste (CSV, sometimes lower case),
//	    Impressum (HTML);
//	    negative only: Stadtführung, Produkttest, Verkehrsmeldung.
//	en: court hearing calendar, jury summons (caps), field-trip permission
//	    slip, hospital discharge summary, dental SMS reminders (caps and
//	    lower case), HOA minutes (Markdown table), wedding RSVP list (CSV),
//	    obituary, podcast show notes, SRT subtitles, vCard, ICS invite, SQL
//	    INSERT dump, alumni class notes, LaTeX letter; negative only: gift
//	    guide, transit alerts, scholarship list.
//
// Labels are recorded as the text is written, never found by searching it.
// Labelling rules:
//   - a name is the person's name without title, salutation or honorific
//     ("Dr. Anna Roth" labels "Anna Roth", "Frau Weber" "Weber", "张女士"
//     "张", "文博姐" "文博"); a given name or a surname alone that refers to
//     a person is a name; "Surname, Given M." is one span, while separate
//     surname and given-name fields are separate spans; a birth name after
//     "geb." or "née" is its own span;
//   - not names: handles (@name), nicknames built from a surname (小王,
//     老李), pet names, companies, brands, products, dishes, places,
//     schools, prizes, diseases and streets without a house number named
//     after people (Wells Fargo, Dr. Oetker, 李宁, 东坡肉, Lincoln
//     Elementary, Karl-Marx-Allee, 中山公园), and ordinary words that are
//     also names (hope, Fuchs the animal, 高峰 the peak); these are written
//     as hard negatives and never lie inside a label;
//   - an address runs from the street, PO box, rural route or Postfach (in
//     Chinese, the first administrative division written) to the ZIP code,
//     city or room, with unit, floor and building notes; the country stays
//     outside; a block over several lines is one span; a street with a
//     house number alone is an address; where street and postcode or city
//     are separate fields, only the street is labelled; a city alone is
//     not an address.
package unheard
