// Package unvoiced is a seventh blind labelled corpus of free text with
// person names and postal addresses in zh, de and en. It was written
// without reading the detector, its lexicons or any other corpus; only
// pii/heldout/heldout.go (its types, locales and labelling rules) was
// read. Its name pools, streets, cities, kinds of document and hard
// negatives are its own. It must be scored once and never tuned on.
//
// Generate(seed, n) returns n documents (DefaultN if n is 0), cycling
// zh, de, en. About a fifth carry hard negatives only (kinds named
// "neg_…"); the rest carry labels and sometimes hard negatives too.
//
// Kinds, en: visitor_log (hospital ward visitor log), funeral_guestbook,
// scout_roster (Markdown table), backer_update (crowdfunding update),
// tenant_screening, pet_sitter_note, inmate_lookup (all caps),
// fundraiser_mailmerge (pipe or semicolon CSV), podcast_booking (YAML),
// home_inspection, bridal_shower, qso_log (ham radio, fixed width),
// movein_checklist, yearbook_page (lower case), locksmith_ticket (XML);
// negatives only: neg_diner_specials, neg_trivia_night, neg_market_wrap.
//
// Kinds, de: vereinsregister, hv_rundschreiben (Hausverwaltung),
// arztbrief_kopf, praktikumsvertrag, online_kuendigung,
// minijob_anmeldung, gaestebuch_fewo, abschleppprotokoll, reisekosten,
// bewerbung_termine (Markdown table), klassenfahrt_liste (semicolon CSV),
// schluesseluebergabe, hundesteuer, wahlhelfer, vhs_anmeldung
// (key=value); negatives only: neg_einkaufsliste, neg_boersenticker,
// neg_grusskarte.
//
// Kinds, zh: 入职登记表, 访客登记簿 (Markdown table), 业主大会表决票,
// 寝室分配表, 拼车群, 年会抽奖名单, 捐款芳名录, 工伤认定申请, 房屋租赁备案,
// 快递拒收记录 (log lines), 健身房会员卡 (JSON), 婚姻登记预约 (SMS),
// 诊所处方笺, 同学录, 装修报备; negatives only: neg_超市小票, neg_旅游攻略,
// neg_财经快讯.
//
// Labelling decisions (labels are recorded as the text is written, never
// found afterwards):
//   - a name excludes titles, salutations and honorifics: "Dr. Duarte",
//     "Herrn Georgiou", "Frau Kollegin Nowicki" label the surname;
//     "石老师", "廖师傅", "李经理", "尉迟教练" label the surname; 小王 and
//     老王 label "王"; a given name alone or a surname alone is a name;
//   - "Last, First" and "NACHNAME, Vorname" are one name span, as are
//     all-caps and lower-case spellings, particles (von, zu, van, de la)
//     and minority names with "·";
//   - an address runs from the house number and street (en, de) or from
//     the first administrative division present (zh: province, city or
//     district) to the ZIP code, city or room; a block over several lines
//     is one span; a street alone is an address; a PO box with city and
//     ZIP is an address; the recipient's name line is a name;
//   - where a format splits street, city and ZIP into separate fields
//     (mail-merge CSV, VHS key=value), only the street field is labelled;
//     fields holding only a city, state or ZIP are not labelled, and a
//     city alone (a QSO log's QTH) is not an address;
//   - companies, products, foods, dog breeds, diseases, prizes, schools,
//     landmarks and streets used as landmarks that are named after people
//     (Käthe-Kollwitz-Schule, Hausverwaltung Quast GmbH, Eggs Benedict,
//     Jack-Russell-Terrier, 李宁, 杜甫草堂), and Chinese words and brands
//     that start with a surname character (黄金周, 小米, 老干妈), are hard
//     negatives, never labels.
package unvoiced
