// Package untold generates a blind evaluation corpus for person names and
// postal addresses in free text (issue 18). It was written without reading
// the detector or any earlier corpus, so its score is the generalisation
// figure: tune on other corpora, report on this one, and do not tune on it.
//
// Generate(seed, n) cycles zh, de, en; each locale rotates through its kinds
// so every kind is equally represented, and the content is drawn from a
// math/rand/v2 PCG seeded by seed, so a seed always gives the same corpus.
//
// # Kinds
//
// Every locale has the same families of text, written natively:
// podcast transcripts with speaker labels, SRT subtitles, paper author lists
// with affiliation addresses and acknowledgements, reference lists, press
// releases (zh: 新闻稿), taxi dispatch logs (en in ALL CAPS), hotel registers
// (de: Meldeschein with separate name and street fields; zh: tab-separated),
// tax notices (IRS CP14, Steuerbescheid, 税务事项通知书), utility bills,
// voicemail transcriptions in lower case without punctuation (语音留言转写),
// school report cards (zh: 家长群通知), theatre cast lists (演出节目单), board
// lists in annual reports (Aufsichtsrat, 董事会名单), directory listings
// (yellow pages, Branchenbuch); plus per locale: en smart-speaker logs,
// museum captions with donors, dating profiles, recipe blogs; de Sprachnachricht,
// Sportverein-Anmeldung, Rezeptblog, Stolperstein plaques; zh 智能音箱日志,
// 社区公告, 招聘启事, 寻人启事, 旅游博客. Four kinds per locale hold only hard
// negatives, so about a fifth of the documents have no label.
//
// # Labelling
//
// Labels are recorded by the builder as the text is written, never found by
// searching afterwards. A name excludes titles, salutations and honorifics
// (Ms., Detective, Frau, Kommissar, Oberbürgermeisterin, 女士, 先生, 老师,
// 经理, 院长); a given name alone and a surname alone referring to a person
// are names; "Family, Given" and "Family, G." in registers and reference
// lists are one span; separate Familienname/Vorname fields are separate
// spans; a suffix (Jr., III) is part of the name; in "Renate und Stefan
// Kowalski" the given name and the surname are separate spans. Nicknames from
// a surname (小王, 老李) are not names. An address runs from the street, PO
// box, rural route, Postfach or first Chinese division written to the ZIP
// code, city or room, including unit, floor note (3. OG, Hinterhaus) and
// building; Chinese postcodes stay outside; a block over several lines is one
// span; a street and number with no city (a taxi pick-up, a Meldeschein
// street field) is an address. Hard negatives are never labelled: companies
// and products named after people (Charles Schwab, Dr. Oetker, 李宁, "Miller &
// Sons"), schools, stadiums, streets, prizes and days named after people
// without a house number, and ordinary words that are also names (May, Wolf,
// braun, 高兴, 马上). Fictional role names in cast lists are avoided so that
// every person-like string is either a label or a deliberate negative.
package untold
