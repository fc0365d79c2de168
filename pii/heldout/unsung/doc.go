// Package unsung is a sixth blind labelled corpus of free text with person
// names and postal addresses in Chinese, German and English.
//
// It was written without reading the detector, its lexicons or any other
// corpus; only heldout.go (the Doc and Span types, the locales and the
// labelling rules) was read. Its names, streets, cities, kinds of document
// and hard negatives are its own. It must be scored once and never tuned
// on.
//
// Generate(seed, n) writes n documents (DefaultN if n is 0), cycling zh,
// de and en. About a fifth carry hard negatives only and no labels:
// companies, products, places, prizes and streets-as-landmarks named after
// people, brands, capitalised common phrases, and Chinese words and brands
// that start with a surname character. Labels are recorded as the text is
// written, never found by searching afterwards.
//
// Kinds, en: pet adoption application, conference badge list, church
// prayer list, rent ledger, mechanic work order, change-of-address
// confirmation, notary journal, bail bond record, roommate match email,
// little league lineup, food bank sign-in, estate sale listing, slack
// export (JSON), hl7 registration, bowling standings; negatives only:
// trivia night, market wrap, sightseeing plan.
//
// Kinds, de: Handwerkskammer-Eintragung, Elternabend-Protokoll,
// Schöffenliste, Wohngeldantrag, Tafel-Ausgabeliste, Ehrenamtskarte,
// Parzellenliste, Umzugsmeldung Versicherung, Nachbarschaftshilfe-Aushang,
// Jagdschein-Antrag (YAML), Feuerwehr-Einsatzbericht, Sterbeurkunde-Auszug,
// Taufregister, Tischordnung (Markdown), Mitfahr-Chat; negatives only:
// Einkaufszettel, Fahrplan, Kulturtipps.
//
// Kinds, zh: 租房合同摘要, 婚礼宾客表, 驿站取件通知, 停车位登记, 档案转递单,
// 公证书摘录, 法院传票, 征兵体检通知, 奖学金公示, 员工通讯录, 网购退货单,
// 家谱序言, 体检报告首页, 简历摘要, 分红名单; negatives only: 负例菜单,
// 负例地铁线路, 负例词语练习.
//
// Labelling rules followed:
//   - a name is the person's name without title, salutation or honorific:
//     "Herr Müller", "Pastor MacKenzie", "Dr. O'Brien" label the surname;
//     "王芳女士", "王总", "李老师" label "王芳", "王", "李"; a given name or a
//     surname alone is a name; "Last, First" in a cell is one name; a
//     birth name after "geb." is a name;
//   - 小 and 老 before a surname ("小王", "老李") are forms of address like
//     Herr and Frau, so only the surname ("王", "李") is labelled;
//   - an address runs from the street (en, de; a rural route "RR 3 Box 12"
//     counts as the street) or the first administrative division written
//     (zh: province, or city when no province is given) to the ZIP code,
//     the city or the room; a street with a number alone is an address; a
//     block over several lines is one span; an HL7 address field with its
//     ^ separators is one span; the recipient's name is a name, not part of
//     the address;
//   - a street, building, stop or institution named after a person and
//     written without a house number ("Goethestraße" as a tram stop,
//     "Fitzgerald Tower", "孙中山纪念堂") is a hard negative, as is a
//     company named after its owner ("Sanitär Çelik GmbH").
package unsung
