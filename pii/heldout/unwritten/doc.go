// Package unwritten is the eleventh blind corpus of person names and
// postal addresses for Comity's PII detector, written reading only
// pii/heldout/heldout.go (its Doc and Span types, Locales and labelling
// rules), go.mod and the pii.PersonName and pii.PostalAddress constants;
// nothing else of the detector, its lexicons, its tests or the other
// corpora was read.
//
// Labels are recorded by construction: a builder notes each span's start
// and end as it appends the name or address. Hard negatives (companies,
// products, brands, places, streets, prizes, buildings, ships, diseases,
// laws, foundations named after people, Chinese words and places that
// begin with a surname character, job titles, weekdays and months) are
// recorded the same way and never overlap a label; generate returns their
// byte ranges. About a fifth of the documents are of "neg_" kinds that
// carry hard negatives only.
//
// Conventions: "Surname, Given" is one name span; names in capitals are
// labelled; a title or honorific (Mr., Frau Dr., 先生, 老师) is outside
// the span; a nickname in quotes is a name; a family name alone ("the
// Meyer family", "Familie Schulz") is a name; a c/o line is a name; an
// address block over several lines, with its newlines and indentation,
// is one span, from the street (or PO Box, Postfach) to the ZIP or city,
// and in Chinese from the first administrative division written to the
// number, building or room; a six-digit 邮编 on its own line is not part
// of the address. A scanned address with doubled spaces or a line broken
// after a comma is still one span.
//
// Kinds per locale:
//   - zh: 二手转让, 留言簿, 论坛回帖, 明信片, 座位安排, 考勤表, 报销单,
//     电话留言, 访客登记, 配送路线, 会员续费, 象棋对阵, 拼车, 授权委托书,
//     采访实录; negatives only: neg_商品推荐, neg_旅游攻略, neg_公司新闻
//   - de: kleinanzeige, gaestebuch, forenbeitrag, postkarte, sitzordnung,
//     stundenzettel, reisekostenabrechnung, telefonnotiz, besucherbuch,
//     tourenplan, kleingartenverein, mitgliedsverlaengerung,
//     fahrgemeinschaft, vollmacht, interview; negatives only: neg_prospekt,
//     neg_stadtfuehrung, neg_pressespiegel
//   - en: classified_ad, guestbook, forum_thread, postcard, seating_plan,
//     timesheet, expense_report, phone_message, visitor_log, route_sheet,
//     club_renewal, chess_pairings, carpool_plan, power_of_attorney,
//     interview_transcript; negatives only: neg_product_blurb,
//     neg_trivia_quiz, neg_transit_notice
package unwritten
