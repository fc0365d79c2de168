package unsought

var deKinds = []kind{
	{"elterngeldantrag", 3, 6, []variant{
		{`ANTRAG AUF ELTERNGELD / ElterngeldPlus – Eingangsvermerk
Az.: EG-«ID»   Eingang: «D»

1. Antragstellende Person: «C1»
   Anschrift: «A»
   Tel.: «PH»   E-Mail: «E1»
2. Anderer Elternteil: «N2»
   Anschrift: «R:wie oben|«A»|siehe Anlage»
3. Kind: «N3», geb. «D» im «XP»

Bezugszeiträume:
`, `- Lebensmonat «I»: «R:«G1»|«G2»|beide Elternteile» («R:Basiselterngeld|ElterngeldPlus|Partnerschaftsbonus»), AG-Bescheinigung von «O», «AS», Ansprechpartner «T5»
`, `
Vermerk: Einkommensnachweise von «T2» fehlen noch. «R:Rückruf bei|Info an» «T4» (Elterngeldstelle), Bezug: «X».
`},
		{`Von: «E4»
Betreff: Elterngeld – Nachforderung Unterlagen («ID»)

«S1»,

wir haben Ihren Antrag vom «D» erhalten. Für die Bearbeitung benötigen wir noch folgende Unterlagen:
`, `  «I». «R:Gehaltsabrechnungen|Bescheinigung der Krankenkasse|Geburtsurkunde|Meldebescheinigung» für «R:«G2»|«N2»|«G3»|Sie» – bitte an «A» senden oder bei «T5» abgeben
`, `
Bitte beachten Sie: Ihr Partner «N2» ist unter der Anschrift «AB»
gemeldet, nicht unter Ihrer. Falls «G3» dort lebt, ist ein Nachweis nötig.

Mit freundlichen Grüßen
im Auftrag
«N4»
«ROLE», «X»
`},
	}},
	{"bafoeg_bescheid", 3, 5, []variant{
		{`BAföG-Amt «R:Studierendenwerk Weserbergland|Studentenwerk Lahn-Dill|Amt für Ausbildungsförderung»
«N1»
«AB»

Förderungsnummer «ID» · Bewilligungszeitraum 10/«R:2024|2025» – 09/«R:2025|2026»

«S1»,
auf Ihren Antrag wird Ausbildungsförderung geleistet. Angerechnet wird Einkommen der Eltern:
`, `  Elternteil: «C5», wohnhaft «A», anrechenbares Einkommen «NUM»0,00 EUR
`, `Das Einkommen Ihres Geschwisterkindes «G3» bleibt unberücksichtigt. Hinweis: «X» wird nicht angerechnet.
Hochschule: «XP»; Nebenjob bei «XB» (Minijob, unschädlich).
Rechtsbehelfsbelehrung: Widerspruch beim «R:Studierendenwerk|Amt» (z. Hd. «T4»), «A».
`},
		{`Notiz Beratung BAföG «D»
Studierende: «G1» «R:(«N1»)|»
Anliegen: Aktualisierungsantrag, Vater «N2» zahlt keinen Unterhalt, lebt in «A»
`, `- «R:Telefonat|Mail|Termin» mit «T5» wg. «R:Elterneinkommen|Mietvertrag|Auslandssemester|Leistungsnachweis»; neue Adresse d. Stud.: «AS»
`, `To do: Vorausleistung nach §36 prüfen, Rücksprache mit «T4». Ablage: «X».
`},
	}},
	{"schiedsamt_protokoll", 2, 4, []variant{
		{`Schiedsamt «R:Bezirk|Gemeinde» «R:Nord|Kirchwalde|Altstadt»
Protokoll der Schlichtungsverhandlung vom «D», Reg.-Nr. «ID»

Schiedsperson: «T4»
Antragsteller: «N1», «A»
Antragsgegnerin: «N2», «A»

Verhandlungsort: Gemeindezentrum am «XP»
Gegenstand: Nachbarstreit «R:Grenzhecke|Lärm|Parkplatz|Baumrückschnitt» am Grundstück «AS».
`, `«R:Zeuge/Zeugin|Beteiligte/r|Nachbar/in|Anwesend:» «N5» erklärt: «R:die Hecke von|der Hund von|das Auto von|der Anbau von» «T6» stehe seit Monaten «R:auf|vor» dem Grundstück.
`, `
Vergleich: «T2» verpflichtet sich, bis zum «D» zu handeln. «T1» nimmt den Antrag zurück.
gez. «N4» (Schiedsperson)   gez. «N1»   gez. «N2»
`},
		{`SCHIEDSAMT – Vergleichsniederschrift (Auszug, OCR)
Pa rteien:
1) «C1»,
   «AB»
2) «C2»,
   «AB»
`, `Anwesend «R:ferner|außerdem»: «N5» «R:(Beistand)|(Dolmetscherin)|als Zeuge»
`, `Die Parteien einigen sich ... «T1» zahlt an «T2» «NUM»0 EUR bis «D».
Nächster Termin bei Bedarf: Schiedsamt im «X».
`},
	}},
	{"betreuungsbeschluss", 2, 4, []variant{
		{`Amtsgericht «R:Kirchwalde|Hollersbach|Lindenau» – Betreuungsgericht
Az. «NUM» XVII «ID»

BESCHLUSS

In der Betreuungssache
«N1», geb. «D»,
wohnhaft: «A»,
derzeit: «R:Seniorenheim Haus Lindenhof|Pflegeheim am Park|Klinik», «AS»

wird «R:Herr|Frau» «N2», «A», zur Betreuerin/zum Betreuer bestellt.
Aufgabenkreise:
`, `  - «R:Gesundheitssorge|Vermögenssorge|Aufenthaltsbestimmung|Behördenangelegenheiten|Wohnungsangelegenheiten» («R:Verfahrenspflegerin|Gutachter|Anhörung durch Richterin») «N5»
`, `
Gründe: Nach dem Gutachten von «T3» («XP») ist «T1» ... Die Tochter «N4» wurde angehört.
«R:Richterin|Richter» am Amtsgericht «N3»
`},
		{`Aktennotiz Betreuungsverein «O»
Betreute Person: «C1»
Betreuer: «T2»
`, `«D»: Gespräch mit «T5» («R:Nachbarschaft|Angehörige|Hausarztpraxis|Vermietung») – «R:Post wird an|Rechnungen gehen an|Schlüssel liegt bei» «A»
`, `Weiterleitung an «ROLE» «N3». Keine Auskunft an «N4» (keine Vollmacht). Ref.: «X».
`},
	}},
	{"inkasso_schreiben", 2, 4, []variant{
		{`WhatsApp-Export Außendienst Forderungsmanagement
[«D», 09:12] «G4» (Büro): @«G5» kannst du heute bei «T1» vorbei? adresse «A»
`, `[«D», «R:10|11|14|16»:«R:05|22|40»] «G5»: «R:war da, keiner aufgemacht|nachbarin «L6» sagt der ist weggezogen nach «A»|hab mit «L1» gesprochen, ratenzahlung ok|klingelschild sagt jetzt «N6»»
`, `[«D», 17:30] «G4» (Büro): danke, trag ich ein. ref «X»
`},
		{`«R:Inkassobüro Forderungsmanagement Süd|Creditreform-artige Agentur Weserbogen|Nordkontor Inkasso» GmbH · «A»

«N1»
«R:|c/o «N2»
»«AB»

Forderung «ID» – Gläubiger: «R:«O»|«XB» Onlineshop|«XB» Kundenkarte»

«S1»,
trotz Mahnung ist die Forderung offen. Aufstellung:
`, `  «D»  Rechnung «ID»  «NUM»,«NUM» EUR  (Lieferadresse: «AS»)
`, `
Bitte zahlen Sie bis «D». Bei Rückfragen: «T4», Tel. «PH».
Mit freundlichen Grüßen
«N4»
`},
		{`schuldner;anschrift;forderung;sachbearbeiter;notiz
`, `«C5»;"«A»";«NUM»,00;«N6»;«R:Ratenzahlung vereinbart|Adresse unbekannt – EMA angefragt|verzogen nach «A»|Bestreitet Forderung, Anwalt «T7»»
`, ``},
	}},
	{"pflegegutachten", 2, 4, []variant{
		{`Gutachten (Scan, OCR) Seite 2/5
Versicherte: «C1»
Wohnu ng: «A»
Pflegeper son: «N2»
`, `Angab en der Pflege-
person «G2»: «R:nachts Unterstützung nötig|Sturz im Bad am «D»|Essen auf Rädern über «XB»»; Hausärztin
«T5», Praxis «A»
`, `Gutachter: «N4»  Datum: «D»
`},
		{`Gutachten zur Feststellung der Pflegebedürftigkeit (Auszug)
Versicherte Person: «C1»
Anschrift: «AB»
Gutachter/in: «T4»
Anwesend beim Hausbesuch am «D»: «T2» (Angehörige/r), «N3» (Pflegedienst «O»)

Modul 1 – Mobilität:
`, `  «R:Treppensteigen|Umsetzen|Fortbewegen innerhalb des Wohnbereichs|Positionswechsel im Bett» – «R:selbständig|überwiegend unselbständig|unselbständig»; Hilfe durch «G2»«R:| und «T5» (Nachbarschaft)»
`, `
Krankenhausaufenthalt zuletzt: «XP». Inkontinenzmaterial von «XB».
Empfehlung: Pflegegrad «R:2|3|4». Hilfsmittel über «X». Pflegeperson «N2», wohnhaft «A».
`},
		{`MD-Hausbesuch / Kurznotiz
vers.: «N1» («D»)  adr.: «A»
`, `- «R:ang. Pflegeperson|Nachbar|Ehemann|Enkelin»: «N5», «R:«AS»|im Haus|«A»»
`, `Rückruf «T4» erledigt. Kein Kontakt zu «ROLE». «X»
`},
	}},
	{"abmahnung", 1, 3, []variant{
		{`«O»
Personalabteilung

Persönlich / Vertraulich
«N1»
«AB»

«R:Kirchwalde|Bremen|Leipzig», «D»

Abmahnung

«S1»,
wir mahnen Sie hiermit wegen folgender Pflichtverletzung ab:
`, `Am «D» haben Sie «R:ohne Abmeldung den Arbeitsplatz verlassen|den Dienst verspätet angetreten|Kundendaten privat weitergegeben». Dies wurde von «T5» («ROLE») und «N6» bestätigt (Filiale «XB», «XP»).
`, `
Im Wiederholungsfall müssen Sie mit der Kündigung rechnen. Eine Kopie geht an den Betriebsrat (z. Hd. «T3»).

«N4»
Leitung Personal
Empfang bestätigt: ________ «N1»
`},
		{`Betreff: AW: Abmahnung «G1» – Entwurf
Hi «G4», anbei der Entwurf. Zeugen: «N2» und «N3». Die Adresse von «G1» ist laut Personalakte «A», der Brief geht per Bote.
`, `> «R:Frage von|Anmerkung|Rückmeldung» «T5»: «R:Datum prüfen|Anhörung nachholen|Wer war Schichtleitung?» 
`, `Gruß, «G2»
PS: «X»
`},
	}},
	{"mitarbeitergespraech", 2, 4, []variant{
		{`Subject: Feedback-Runde Q«R:1|2|3|4» – Summary
Hi «G2», kurz die Notes aus dem Meeting mit «G1» («N1»):
`, `- «R:Stakeholder|Kunde|Teamlead» «N5» gibt positives Feedback zum Onboarding; «R:Homeoffice|Remote-Work» ab «D» von «AS» aus
`, `Next steps: Gehaltsband mit «T3» (People & Culture) klären. Cheers, «G4»
`},
		{`Protokoll Jahresgespräch «R:2024|2025»
Mitarbeiter/in: «N1»   Führungskraft: «N2»   Datum: «D»
HR-Partnerin: «T3»

Ort: Besprechungsraum «R:Goethe|Einstein|Curie|Humboldt»

| Thema | Vereinbarung | verantwortlich |
|---|---|---|
`, `| «R:Ziele|Weiterbildung|Homeoffice|Gehalt|Teamklima» | «R:Einarbeitung von «G5» übernehmen|Schulung im «X»|Mentoring durch «N5»|Abstimmung mit «T5»» | «R:«G1»|«G2»|«N5»» |
`, `
Anmerkung: Arbeitsort wechselt nach «A». Unterschrift «G1» / «N2».
`},
		{`1:1 notes – «G1» / «G2» («D»)
`, `* «R:feedback von|eskalation durch|lob von|konflikt mit» «L5» re «R:Release|Kunde «O»|Dienstplan»
`, `* Umzug geplant: neue Anschrift «AS», «R:ab «D»|noch offen»
* next: review mit «T3»
`},
	}},
	{"kfz_gutachten", 2, 4, []variant{
		{`Kfz-Sachverständigenbüro «R:Brandl|Hartwig|Oldenkamp» – Schadengutachten Nr. «ID»

Auftraggeber: «N1», «A»
Fahrzeughalter: «R:«N1»|«N2»»
Unfallgegner: «N3», «A»
Versicherung: «O» (Sachbearbeitung «T4»)
Besichtigungsort: «A»
Fahrzeug: «R:Porsche Cayenne|Mercedes-Benz C 200|Opel Corsa|VW Golf|Ford Fiesta», Werkstatt: «R:Autohaus «XB»|«O»»
`, `Schaden «I»: «R:Stoßfänger hinten|Tür vorn links|Scheinwerfer|Radlauf» – «R:Instandsetzung|Erneuerung» lt. «R:Angabe|Werkstatt» von «T5»
`, `
Der Sachverständige
«N4»
`},
		{`{"gutachten":"«ID»","halter":"«N1»","adresse":"«A»","gegner":{"name":"«N2»","anschrift":"«A»"},"positionen":[
`, `  {"pos":«I»,"teil":"«R:Kotflügel|Felge|Spiegel»","freigabe":"«N5»"}«J»
`, `],"gutachter":"«T4»","hinweis":"«X»"}
`},
	}},
	{"dsgvo_auskunft", 2, 4, []variant{
		{`Auskunftsersuchen nach Art. 15 DSGVO

«N1»
«AB»

An: «O», Datenschutzbeauftragte «T4»

Sehr geehrte Damen und Herren,
bitte teilen Sie mir mit, welche Daten Sie über mich speichern. Kundennummer: «ID» (Kundenkarte «XB»). Frühere Anschriften:
`, `  - «A» (bis «D»)
`, `Bitte senden Sie die Auskunft an «E1» oder per Post. Meine Bevollmächtigte ist «N2».
Mit freundlichen Grüßen
«G1» «R:«N1»|»
`},
		{`Antwort Auskunft Art. 15 – Export
<auskunft ticket="«ID»">
  <person>«C1»</person>
  <login>«H1»</login>
`, `  <adresse typ="«R:Liefer|Rechnungs|alt»">«A»</adresse>
  <kontakt>«R:Bestellung für «N5»|Empfehlung von «N5»|Mitbewohner «N5»»</kontakt>
`, `  <bearbeiter>«N4»</bearbeiter>
</auskunft>
`},
	}},
	{"einbuergerungsantrag", 2, 4, []variant{
		{`Antrag auf Einbürgerung – Checkliste Einbürgerungsbehörde
Antragsteller/in: «C1»   geb. «D» in «R:Izmir|Aleppo|Krakau|Hanoi|Kyjiw|Lagos|Sarajevo»
Wohnsitz seit «D»: «A»
Ehegatte: «N2»
Sprachkurs: «XP», Arbeitgeber: «XB»
`, `  Voraufenthalt «I»: «A» (Vermieter: «N5»)
`, `
Bearbeitung: «T4». Einbürgerungstest ok, Sprachnachweis B1 («X»). Referenzperson: «T3».
`},
		{`Kurzvermerk Beratungsgespräch Einbürgerung
Frau/Herr «N1» war mit «R:Tochter|Sohn|Ehemann|Ehefrau» «G2» da.
`, `- Frühere Meldeadresse: «AS», «R:dort gemeldet mit|Hauptmieter war|Untermiete bei» «N5»
`, `Unterlagen fehlen: Geburtsurkunde (übersetzt von «T4»). Termin bei «ROLE» «N3».
`},
	}},
	{"foerderplan", 2, 4, []variant{
		{`{"foerderplan":{"schueler":"«N1»","klasse":"«NUM»a","eltern":[{"name":"«N2»","anschrift":"«A»"}],"massnahmen":[
`, `{"nr":«I»,"bereich":"«R:Lesen|Mathe|Motorik»","zustaendig":"«T5»"}«J»
`, `],"schule":"«XP»","erstellt_von":"«N4»"}}
`},
		{`Förderplan Schuljahr «R:2024/25|2025/26»  –  «R:Grundschule|Förderschule|Oberschule» (Förderschwerpunkt Lernen)
Schüler/in: «N1»  Klasse «NUM»b
Erziehungsberechtigte: «N2», «A»
Schule: «XP»
Klassenleitung: «T3»   Sonderpädagogin: «T4»
Schulbegleitung: «N5»

`, `Ziel «I»: «R:Lesen|Rechnen bis 100|Sozialverhalten|Konzentration» – Maßnahme: «R:Übungen mit|Einzelförderung bei|Absprache mit» «T6», Überprüfung «D»
`, `
Unterschriften: «G1» / «N2» / «T3»
`},
		{`Förderkonferenz – Stichpunkte
«L1»: fortschritte beim lesen, «R:mama|papa|oma» («N2») war da
`, `- «R:ergo|logo|schulsozialarbeit» bei «T5», adresse praxis: «A»
`, `- «G1»s mutter «N2» fragt nach platz im «XP»
- nächste sitzung mit «T4» und «G3»; «X»
`},
	}},
	{"hilfeplanprotokoll", 2, 4, []variant{
		{`Jugendamt – Hilfeplangespräch nach § 36 SGB VIII
Datum: «D»   Fallführende Fachkraft: «T4»
Kind/Jugendliche/r: «N1»
Sorgeberechtigte: «N2», «A»; «N3», «A»
Schule: «XP»
Einrichtung: Wohngruppe «R:Lindenhof|Regenbogen|Am Anger», «A»

Teilnehmende:
`, `  - «N5» («R:Bezugsbetreuerin|Vormund|Schulsozialarbeiter|Großmutter»)
`, `
Vereinbarungen: Umgang von «G1» mit «T2» alle 14 Tage. Fahrten übernimmt «G3». Keine Adressweitergabe an «N3».
`},
		{`hpg kurzprotokoll
kind: «C1» | fk: «N4»
`, `«R:mutter|vater|betreuerin|lehrerin» «N5»: «R:«G1» schläft wieder besser|Konflikt in der WG mit «G6»|Schulweg über «AS» ist zu weit»
`, `nächstes hpg: «D», ort: «A»
`},
	}},
	{"fahrtenbuch", 4, 9, []variant{
		{`fahrtenbuch notizen (handy) – «L1»
`, `«D» von «AS» nach «A», «NUM» km, «R:bei|zu|abholen:» «L5»«R:| (oma von «G6»)|»
`, `rest siehe app «H1». «X»
`},
		{`Fahrtenbuch – Kennzeichen «R:KW|HB|L|B|OL|M»-«R:AB|KR|TX» «NUM»«NUM»
Fahrer/in: «N1»
Datum;Start;Ziel;km;Zweck;Besuchte Person
`, `«D»;«R:Betrieb|«AS»»;"«A»";«NUM»;«R:Kundenbesuch|Lieferung|Pflegeeinsatz|Baustelle»;«R:«T5»|«N5»|«C5»»
`, `Tankkarte: «XB». Geprüft: «N2» (Fuhrpark), «X»
`},
		{`Fahrtenbuch Pflegedienst «O» – Tour «R:Früh|Spät»
`, `«I». «T5» – «A» – «R:Insulin|Kompressionsstrümpfe|Wundversorgung|Medikamentengabe»
`, `Fahrer: «G1», Übergabe an «N2», Schlüsselbox bei «T3»
`},
	}},
	{"bewohnerparkausweis", 2, 4, []variant{
		{`Straßenverkehrsbehörde – Antrag Bewohnerparkausweis Zone «R:A|B|C|M»«NUM»

Name, Vorname: «C1»
Hauptwohnsitz: «A»
Kfz-Halter: «R:«N1»|«N2» (Lebenspartner)|Firmenwagen «O»»
Kennzeichen: «R:HB|KW|L»-«R:AK|ZU» «NUM»«NUM»
`, `Anlage «I»: «R:Fahrzeugschein|Meldebestätigung|Nutzungsüberlassung von «N5»»
`, `Bearbeitet: «T4», «D». Hinweis: «X»
`},
		{`Forumsbeitrag Anwohnerinitiative «R:Lindenviertel|Hafenkante|Mühlenkamp»
von «H1»:
hey leute, hat jemand erfahrung mit dem bewohnerparkausweis? ich wohne «AS» und «R:frau|herr» «L2» vom amt meinte, die zone endet genau an «AS».
`, `> antwort «H5»: «R:bei uns|bei meiner mutter|bei «G5»» («A») hat es «NUM» wochen gedauert
`, `danke! gruß «G1» (treffen uns eh am «XP») – ps: «X» hat auch infos
`},
	}},
}
