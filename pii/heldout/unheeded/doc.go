// Package unheeded is the tenth blind corpus of person names and postal
// addresses in free text. It was written reading only pii/heldout/heldout.go
// (the Doc and Span types, the locales and the labelling rules) and go.mod;
// its names, streets, cities, kinds of text and negatives are its own.
//
// Labels are recorded by construction: the writer appends text and, for a
// name or an address, records its Start and End while appending it. Hard
// negatives (organisations, brands, foundations, prizes, diseases, places,
// buildings, job titles, weekdays and months, Chinese words that begin with
// a surname character, pets' names) are written unlabelled and their byte
// ranges are returned by generate; about a fifth of the documents are of
// "neg_" kinds that carry negatives only.
//
// Conventions: "Surname, Given" (and "SURNAME, Given", "Surname, Given M")
// is one name span; names in capitals are labelled; a title, salutation or
// honorific is outside the span ("Dr. ", "Frau ", "医生", "教授"); in a
// GEDCOM NAME line the slashes belong to the span ("Ana /Reyes/"); in
// vCard N and LDIF the surname and given-name fields are separate spans;
// an address block over two lines is one span, with its newline and
// indentation; a vCard ADR value is labelled from the street to the ZIP
// (the ";" separators inside), the country after it is not; an LDIF
// postalAddress is labelled whole, with its " $ " separator. German
// "Postfach 1234, 10115 Berlin" and US "PO Box" and "RR 2 Box 45" lines are
// addresses; a German "c/o" line is a name, outside the address. A quoted
// nickname inside a full name (Ana "Lupe" Reyes) is part of its one span.
// Chinese 女士, 先生, 医生, 老师, 教授 and 主任 follow the name, outside the span.
// A street named without a number (a line of dialogue: "I still live on
// Maple Street") is a negative. A place of birth alone (a city) is a negative, not an address.
//
// Kinds per locale:
//   - en: referral_letter, rx_label, discharge_summary, nursing_handover,
//     lab_header, paper_authors, acknowledgements, thesis_title,
//     film_credits, byline_caption, podcast_notes, gedcom, dog_licence,
//     report_card, vcard, srt_subtitles, contributors; negatives only:
//     neg_formulary, neg_sponsors, neg_syllabus.
//   - de: ueberweisungsschein, kassenrezept, entlassbrief, pflegeuebergabe,
//     laborbefund, autorenliste, danksagung, dissertation_titelblatt,
//     theaterzettel, autorenzeile_bildunterschrift, kirchenbuch_taufen,
//     hundesteuer_register, kleingarten_warteliste, schulzeugnis,
//     ldif_export, untertitel_srt; negatives only: neg_beipackzettel,
//     neg_preistraeger, neg_spielplan.
//   - zh: zhuanzhen_referral, chufang_prescription, chuyuan_discharge,
//     jiaoban_handover, jianyan_lab, lunwen_authors, zhixie_ack,
//     xuewei_thesis, yanzhiyuan_cast, shuming_byline, boke_podcast,
//     zupu_genealogy, yangquan_dog, kaochang_seating, pingyu_report, vcard,
//     srt_subtitles; negatives only: neg_yaopin, neg_lvyou, neg_jiangxiang.
package unheeded
