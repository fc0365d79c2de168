// Package unspoken is the eighth blind corpus of labelled free text with
// person names and postal addresses. It was written reading only
// pii/heldout/heldout.go (its Doc and Span types, Locales and labelling
// rules) and go.mod: not the detector, its lexicons, its tests or any other
// corpus. Labels are recorded by construction as the text is written, and
// the byte ranges of hard negatives (brands and firms named after people,
// stations, halls and streets mentioned without an address, dishes, pets,
// Chinese words that begin with a surname character) are kept beside them.
//
// About a fifth of the documents carry hard negatives only (kinds named
// "neg_…"). The kinds per locale are:
//
//   - en: email_thread, calendar_invite, git_log, support_chat,
//     court_docket, obituary, listing, claim_note, pickup_authorization,
//     shipping_label, moving_quote, vet_record, local_news, hoa_minutes,
//     sms_export; neg_menu, neg_store_notice, neg_transit_alert.
//   - de: weiterleitung, arbeitszeugnis, mahnung, paketbenachrichtigung,
//     leserbrief, vereinsnachrichten, traueranzeige, bauantrag,
//     kita_abholung, eigentuemerprotokoll, nachbarschaftsbrief,
//     tierarzt_csv, umzugsangebot_yaml, ticket_json, lieferschein_xml;
//     neg_speisekarte, neg_fahrplanhinweis, neg_pressemitteilung.
//   - zh: meeting_minutes (会议纪要), commendation (表彰通报),
//     property_notice (物业通知), waybill (快递面单), medical_record_front
//     (病案首页), student_roster (学生花名册), vehicle_transfer (车辆过户),
//     community_notice (社区公示), wechat_group (微信群聊),
//     interview_receipt (面试通知), village_notice (村委会公告),
//     lawyer_letter (律师函), insurance_claim (理赔报案),
//     moving_order_json (搬家订单), pet_clinic_csv (宠物医院);
//     neg_menu, neg_news, neg_product.
package unspoken
