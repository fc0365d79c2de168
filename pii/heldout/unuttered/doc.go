// Package unuttered is the ninth blind corpus of labelled free text with
// person names and postal addresses for the PII detector. It was written
// reading only pii/heldout/heldout.go (its Doc and Span types, Locales and
// the labelling rules in its comments) and go.mod: never the detector, its
// lexicons, its tests or the other corpora.
//
// Labels are recorded by construction as the text is written: a name span
// is the name without title, salutation or honorific; an address span runs
// from the street (en, de) or the first administrative division written
// (zh) to the ZIP code, the city or the room, and a block over several
// lines is one span. Organisations' names, places and products named after
// people, capitalised phrases and Chinese words that begin with a surname
// character are written as hard negatives: unlabelled, with their byte
// ranges returned by generate. About a fifth of documents are of a "neg_"
// kind and carry hard negatives only.
//
// Kinds per locale:
//
//   - en: hotel_card, passenger_manifest, wire_form, library_overdue,
//     parking_ticket, utility_shutoff, wedding_announcement,
//     voter_registration, class_action_claim, loan_application,
//     lost_found_log, hackathon_teams, tax_intake, ride_receipt,
//     crm_export; negatives only: neg_sponsor_list, neg_event_flyer,
//     neg_inventory.
//   - de: hotelmeldeschein, ueberweisung, bussgeldbescheid, stromablesung,
//     hochzeitsanzeige, kirchenaustritt, kfz_zulassung, fundbuero,
//     mannschaftsliste, chorliste, nebenkostenabrechnung, zeugenaussage,
//     versicherungsschein, dienstplan, meldebescheinigung; negatives only:
//     neg_firmenliste, neg_veranstaltung, neg_einkaufszettel.
//   - zh: 酒店入住登记, 航班旅客名单, 银行汇款单, 图书逾期通知, 违章停车告知单,
//     水电费催缴, 结婚启事, 户口登记, 志愿者名单, 贷款申请, 失物招领, 比赛报名表,
//     值班表, 外卖订单, 居住证申请; negatives only: neg_商品清单, neg_旅游攻略,
//     neg_新闻短讯.
package unuttered
