// Package sealed generates a blind evaluation corpus of person names and
// postal addresses in free text, in Chinese (zh), German (de) and US English
// (en). It was written without reading the detector, its lexicons or any
// other corpus under pii/: only the shared types of package heldout were
// known. Its score is meant to be taken once, as the measure of text the
// detector was not tuned on.
//
// Generate(seed, n) cycles zh, de, en, so each locale gets a third; about a
// fifth of the documents come from kinds that carry only hard negatives.
//
// Kinds, per locale (20 each; the last three carry only hard negatives):
//
//   - en: news_quote, discharge_summary, bank_statement, parcel_tracking,
//     court_docket, voter_roll (fixed-width), mls_listing, church_bulletin,
//     owner_reply (review replies), slack_export (JSON), jira_comment,
//     pdf_text (form feed, hyphenation, wrapped address), toml_config,
//     race_results, rx_label, genealogy, badge_print; business_news,
//     calendar_chatter, venue_guide.
//   - de: nachricht, entlassbrief, kontoauszug, sendungsverfolgung, impressum,
//     vereinsregister, mahnbescheid, kfz_zulassung, behoerdenbrief,
//     grundbuch, bewerbertabelle (aligned columns), ocr_bescheinigung
//     (doubled spaces, broken hyphenation), spielbericht, gemeindebrief,
//     expose, nachsendeauftrag, teilnehmerliste; wirtschaft, alltag, kultur.
//   - zh: kuaidi_miandan (快递面单), waimai_dingdan (外卖订单), juzhuzheng
//     (居住证), weibo (微博), rexian_12345 (12345热线工单), xinwen (新闻),
//     chuyuan_xiaojie (出院小结), yinhang_liushui (银行流水),
//     budongchan_dengji (不动产权证书), qiandao_biao (签到表), toudi_jilu
//     (投递记录 CSV), bisai_chengji (比赛成绩), wuye_tongzhi (物业通知),
//     fayuan_gonggao (法院公告), jieyue_jilu (借阅记录), hukou_bu (常住人口登记卡),
//     juankuan_gongshi (捐款公示); pinpai_xinwen, lvyou_gonglue, richang.
//
// Labels are recorded as the text is written, never found by searching it
// afterwards. The rules:
//
//   - A name is the person's name without title, salutation or honorific:
//     "Herr Müller" labels "Müller", "Dr. Anna Roth" labels "Anna Roth",
//     "王芳女士" labels "王芳", "邵女士" labels "邵", "韦老师" labels "韦". A
//     given name alone is a name; so is a surname alone after a title, and a
//     scorer's surname in a match report ("1:0 Peters (73.)"). "Roth, Anna"
//     is one span, including a middle initial ("RODRIGUEZ, LISA M") and a
//     suffix ("Jr."). Separate first and last name fields or badge lines are
//     separate spans. A birth name after "geb." is its own span. Names inside
//     e-mail addresses, handles and mentions (lnichols, [~christine],
//     @小芳的日常) are not labelled, nor nicknames built from a surname (小王,
//     老李), nor a firm named after its owner ("Bäckerei Bauer e.K.").
//   - An address runs from the street (or PO box, rural route, Postfach, or
//     the first administrative division written) to the ZIP code, town or
//     room, including unit, floor and building; a block over several lines is
//     one span with its newlines; the recipient's and c/o lines are names.
//     "香港", the country and a Chinese postcode stay outside. Where street,
//     city and postcode are separate fields (TOML keys, fixed-width columns),
//     only the street field is labelled; a genealogy residence ("418 Elm St,
//     Dayton, OH") ends at the state. Addresses of firms and authorities are
//     labelled like any other.
//   - Hard negatives are never labelled: companies, brands and products named
//     after people (Dr. Oetker, Wells Fargo, 李宁, 王老吉), places, schools,
//     prizes and diseases named after people without a house number (Lincoln
//     Elementary, Theodor-Heuss-Platz, 中山路, Nobelpreis, Parkinson's), and
//     words that are also names (bill, will, May, Grant, Koch, Winter, 金价,
//     高铁). A street named without a number is not an address.
package sealed
