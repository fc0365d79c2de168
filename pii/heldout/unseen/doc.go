// Package unseen generates an evaluation corpus of free text labelled with
// person names and postal addresses in Chinese (zh), German (de) and US
// English (en), written without looking at the detector, its lexicons or the
// project's other corpora, so that a score on it says how the detector does
// on text it was not tuned on. Generate(seed, n) is deterministic; each
// locale has a third of the documents.
//
// # Kinds
//
// Every locale has sixteen kinds of document, drawn uniformly: customer-support
// chat transcripts, court filings (an American complaint caption, a German
// Klageschrift, a Chinese 民事起诉状), HR onboarding records, shipping manifests
// (TSV, semicolon CSV, a 顺丰 waybill), appointment reminder SMS, forum posts,
// git commit trailers (Signed-off-by, Reported-by, Reviewed-by), iCalendar
// invites, vCards, SQL INSERT dumps, log lines in several key styles
// (key="value", JSON, "KEY: value |", key:value, snake_case user names),
// letters with address blocks (a German one with c/o lines, a Taiwanese one in
// traditional characters), and per locale a restaurant review (en), a
// obituary (en), a classified ad and club minutes (de), a WeChat group chat and a food-delivery order (zh) and leases (de, zh). One kind per
// locale holds only hard negatives.
//
// # What is a name
//
//   - A name is the person's name without title, salutation or honorific:
//     "Dr. Anna Becker" labels "Anna Becker", "Herr Müller" labels "Müller",
//     "Ms Adams" labels "Adams", "王芳女士" labels "王芳", "石阿姨" and
//     "付女士" label the surname alone. "Prof. Dr.", "Dipl.-Ing.", "Hon.",
//     "Dr. med." stay outside the span.
//   - A given name alone is a name ("Hallo Peter", "Thanks, Edward!", a
//     nickname in a "Preferred name" field), and so is a surname alone
//     ("Geburtsname: Papadopoulos", "我姓石" labels 石).
//   - "Family, Given" (rosters, manifests, court captions, "WINKLER, Ursula")
//     is one span including the comma. Separate first-name and last-name
//     fields (SQL columns, the vCard N property "Family;Given;;;") are two spans.
//   - Names are labelled as written: ALL CAPS, lower case, "Tyrone_Allen" with
//     an underscore, "Peter.Müller" with a dot in a key=value log, O'Neil with its
//     apostrophe doubled in SQL, the pinyin "Wang Fang" in a Chinese git trailer, traditional
//     characters in Taiwanese letters, nobiliary particles ("von der Heide")
//     and hyphenated surnames in full.
//   - Not names: e-mail addresses and forum handles built from a name
//     ("tyrone.williams@…", "posted by snguyen-ross"), which are other kinds of
//     identifier; companies, brands, products and institutions named after
//     people (Ford Motor, McDonald's, Kellogg's, Walt Disney Company, Jack
//     Daniel's, Marie Callender's, Dr. Oetker, Hugo Boss AG, Porsche AG,
//     Rossmann, Drogeriemarkt Müller, Otto-Versand, Goethe-Institut, 李宁,
//     王老吉, 老干妈, 张小泉, 周大福, 马应龙, 孔子学院, 中山大学), also where they
//     stand where a person might (a defendant, a c/o line, a vCard ORG, a
//     shipper, a SQL "referred_by" column); place names that look like names
//     (Washington, Lincoln NE, Houston, Karlsruhe, 张家界, 黄山); ordinary
//     words that are also names or begin with a surname character ("Hope this
//     helps.", "Will do", "Summer is our busiest season", "Der Koch",
//     "die Fischer", "ein Wolf", "Es wird ernst", "Frank und frei", 王国, 高兴,
//     张开, 黄金, 马上, 万一, 高铁); and capitalised German phrases ("Ihre
//     Bestellung", "Sehr geehrte Damen und Herren").
//
// # What is an address
//
//   - A US or German address runs from the street (or the PO box, rural route,
//     highway contract box or Postfach) to the ZIP code or the town; a Chinese
//     address from the first administrative division written (province,
//     municipality or city) down through county, town (乡/镇), village (村),
//     group (组), district, subdistrict (街道), road, number, estate or tower,
//     building (栋, 幢, 座, 号楼), unit (单元) and room (室) or, in Taiwan, lane
//     (巷), alley (弄), number (號) and floor (樓). Apartment, suite, floor and
//     trailer designators and German additions ("3. OG links", "(Hinterhaus)")
//     belong to the address.
//   - A PO box is a postal address: mail is delivered there. So are rural
//     routes ("RR 5 Box 72"), highway contract boxes ("HC 64 Box 667"), grid
//     addresses ("2524 N 1500 E", "E5874 County Road F") and German Postfächer.
//   - A block over several lines is one span, as is an address spread over
//     contiguous TSV columns (street, city, state, ZIP) or the street-to-postcode
//     fields of a vCard ADR property ("street;city;state;zip"). Text as written
//     is kept: iCalendar escapes ("\,") lie inside the span.
//   - Outside the span: the recipient's name line (a name), c/o lines (their
//     person is a name, their company nothing), the country ("USA",
//     "Deutschland", "中国"), a Chinese postcode before the address or on its
//     own "邮编" line, and surrounding labels and quotes.
//   - Streets, roads, towns and villages named after people (Goethestraße,
//     Friedrich-Ebert-Straße, Martin Luther King Jr Ln, Harriet Tubman Corners,
//     中山路, 逸仙路, 李沧区, 王庄村) are part of the address and hold no name; the
//     same words outside an address ("the store on Martin Luther King Jr Blvd",
//     "中山路那边又堵车了") are not labelled, nor is a city and state alone
//     ("Lincoln, NE").
//   - Company addresses are addresses: the premises in a complaint and a
//     defendant company's 住所地 are labelled.
//
// # Values
//
// Name pools are written from general knowledge of frequency in each country,
// most frequent first and drawn with a bias toward the front, with rarer
// names, immigrant families' names, names that are also words (Rose, Hope,
// Grace, Will, Hunter, Chase, Wolf, Fox, Frost, Koch, Fischer, Frank, Ernst)
// and Chinese compound surnames (欧阳, 司马, 诸葛, 令狐, 东方, …). Addresses use
// real city/ZIP and postcode/town pairs and the street suffixes and secondary
// unit designators of USPS Publication 28, many outside the common few (Pike,
// Trace, Corners, Flats, Holw, Knl, Shls); the streets, estates and towers are
// plausible but invented.
package unseen
